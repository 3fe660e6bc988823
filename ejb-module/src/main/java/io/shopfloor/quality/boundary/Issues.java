package io.shopfloor.quality.boundary;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.shopfloor.orders.entity.Order;
import io.shopfloor.platform.audit.control.RecordHistory;
import io.shopfloor.platform.audit.entity.AuditedEntity;
import io.shopfloor.platform.audit.entity.HistoryStep;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.files.control.FileStore;
import io.shopfloor.platform.files.entity.FileOwner;
import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.query.CappedCount;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.platform.users.entity.UserChoice;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.quality.control.IssueNumbers;
import io.shopfloor.quality.control.QualityViews;
import io.shopfloor.quality.entity.Issue;
import io.shopfloor.quality.entity.IssueCategory;
import io.shopfloor.quality.entity.IssueDraft;
import io.shopfloor.quality.entity.IssueFilter;
import io.shopfloor.quality.entity.IssueSummary;
import io.shopfloor.quality.entity.IssueView;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.quality.entity.SlaStatus;

/**
 * Quality issues: reported by workers (quality:work) as themselves, worked on by whoever they are
 * assigned to, managed by quality:write (assign, change any, reopen). The database holds the same
 * rules, the due time and the batch's quality status that follows the worst open issue.
 */
@Stateless
public class Issues {

    static final String WORK = "quality:work";
    static final String MANAGE = "quality:write";
    static final int HISTORY_STEPS = 100;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    CustomFieldValidation customFields;

    @Inject
    IssueNumbers numbers;

    @Inject
    QualityViews views;

    @Inject
    FileStore files;

    @Inject
    RecordHistory history;

    /** Issues newest first, filtered; the count stops at the page's cap on a long list. */
    @RequiresPermission("quality:read")
    public Page<IssueSummary> list(IssueFilter filter, PageRequest page) {
        IssueFilter f = filter == null ? new IssueFilter(false, false, false, null, null, null, null, null) : filter;
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (f.openOnly()) {
            where.add("i.resolvedAt IS NULL");
        }
        if (f.overdue()) {
            // shopfloor.sla_status's "overdue", in a form the open-issues index serves.
            where.add("i.resolvedAt IS NULL AND i.dueAt < CURRENT_TIMESTAMP");
        }
        if (f.mine()) {
            where.add("i.assignedTo = :me");
            parameters.put("me", caller.userId());
        }
        condition(where, parameters, "i.categoryId", "category", f.categoryId());
        condition(where, parameters, "i.stageId", "stage", f.stageId());
        condition(where, parameters, "i.severity", "severity", f.severity());
        condition(where, parameters, "i.batchId", "batch", f.batchId());
        condition(where, parameters, "i.orderId", "order", f.orderId());
        String filtered = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = CappedCount.upTo(bind(em.createQuery("SELECT i.id FROM Issue i" + filtered, UUID.class), parameters), page.countCap(),
                () -> bind(em.createQuery("SELECT COUNT(i) FROM Issue i" + filtered, Long.class), parameters).getSingleResult());
        List<Object[]> rows = bind(em.createQuery("SELECT i.id, i.issueNumber, i.title, i.severity, c.name, s.name, i.batchId, b.batchNumber,"
                        + " i.orderId, o.orderNumber, u.displayName, i.createdAt, i.dueAt, i.resolvedAt,"
                        + " FUNCTION('shopfloor.sla_status', i.dueAt, i.resolvedAt)"
                        + " FROM Issue i JOIN IssueCategory c ON c.id = i.categoryId"
                        + " LEFT JOIN ProductionStage s ON s.id = i.stageId LEFT JOIN Batch b ON b.id = i.batchId"
                        + " LEFT JOIN SalesOrder o ON o.id = i.orderId LEFT JOIN User u ON u.id = i.assignedTo"
                        + filtered + " ORDER BY i.createdAt DESC, i.id DESC", Object[].class), parameters)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        List<IssueSummary> items = rows.stream().map(r -> new IssueSummary((UUID) r[0], (String) r[1], (String) r[2], (Severity) r[3],
                (String) r[4], (String) r[5], (UUID) r[6], (String) r[7], (UUID) r[8], (String) r[9], (String) r[10],
                (OffsetDateTime) r[11], (OffsetDateTime) r[12], (OffsetDateTime) r[13], SlaStatus.ofCode((String) r[14]))).toList();
        return CappedCount.page(items, total, page);
    }

    @RequiresPermission("quality:read")
    public IssueView find(UUID id) {
        return views.issue(Records.require(em, Issue.class, id, "record.issue"));
    }

    /** The issue's changes from the audit trail, newest first (at most {@value #HISTORY_STEPS}). */
    @RequiresPermission("quality:read")
    public List<HistoryStep> history(UUID id) {
        Records.require(em, Issue.class, id, "record.issue");
        return history.of(AuditedEntity.ISSUES, id, HISTORY_STEPS);
    }

    /** The active users an issue can be assigned to, by name. */
    @RequiresPermission("quality:read")
    public List<UserChoice> assignees() {
        return em.createQuery("SELECT u.id, u.displayName FROM User u WHERE u.status = 'active' ORDER BY LOWER(u.displayName), u.id", Object[].class)
                .getResultStream().map(r -> new UserChoice((UUID) r[0], (String) r[1])).toList();
    }

    /**
     * The number of open critical or hold issues of each batch that has any: the board flags those
     * cards. One query on the open-issues index.
     */
    @RequiresPermission("quality:read")
    public Map<UUID, Long> openAlarmsByBatch() {
        Map<UUID, Long> counts = new HashMap<>();
        em.createQuery("SELECT i.batchId, COUNT(i) FROM Issue i WHERE i.resolvedAt IS NULL AND i.batchId IS NOT NULL"
                        + " AND i.severity IN :alarming GROUP BY i.batchId", Object[].class)
                .setParameter("alarming", List.of(Severity.CRITICAL, Severity.HOLD))
                .getResultStream().forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** Reports an issue as the caller; the severity is the category's default unless given. */
    @RequiresPermission(WORK)
    public IssueView report(IssueDraft draft) {
        IssueDraft checked = check(draft, null);
        if (checked.assignedTo() != null && !checked.assignedTo().equals(caller.userId()) && !caller.can(MANAGE)) {
            throw new PermissionDeniedException(MANAGE, "quality.assignNeedsManager");
        }
        IssueCategory category = em.find(IssueCategory.class, checked.categoryId());
        Issue issue = new Issue(caller.tenantId(), numbers.next(), caller.userId(), null, checked,
                checked.severity() == null ? category.getDefaultSeverity() : checked.severity());
        em.persist(issue);
        return views.issue(issue);
    }

    /** Changes an open issue: its assignee, or a quality manager. Who it is assigned to changes with {@link #assign}. */
    @RequiresPermission(WORK)
    public IssueView update(UUID id, long expectedVersion, IssueDraft draft) {
        Issue issue = workable(id, expectedVersion);
        if (issue.isResolved()) {
            throw new BusinessRuleException("quality.issueResolved", issue.getIssueNumber());
        }
        IssueDraft checked = check(draft, issue);
        if (!Objects.equals(checked.batchId(), issue.getBatchId()) || !Objects.equals(checked.orderId(), issue.getOrderId())
                || !Objects.equals(checked.stageId(), issue.getStageId())) {
            throw new BusinessRuleException("quality.issueKeepsRecord", issue.getIssueNumber());
        }
        issue.apply(checked, checked.severity() == null ? issue.getSeverity() : checked.severity());
        return views.issue(issue);
    }

    /** Assigns the issue to an active user (or nobody): quality managers only. */
    @RequiresPermission(MANAGE)
    public IssueView assign(UUID id, long expectedVersion, UUID userId) {
        Issue issue = lockVersion(id, expectedVersion);
        if (userId != null) {
            requireActiveUser(userId, "assignedTo");
        }
        issue.assign(userId);
        return views.issue(issue);
    }

    /** Resolves the issue with its resolution (required) and root cause: its assignee, or a quality manager. */
    @RequiresPermission(WORK)
    public IssueView resolve(UUID id, long expectedVersion, String rootCause, String resolution) {
        Issue issue = workable(id, expectedVersion);
        if (issue.isResolved()) {
            throw new BusinessRuleException("quality.issueResolved", issue.getIssueNumber());
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        if (resolution == null || resolution.isBlank()) {
            errors.put("resolution", Message.of("input.required"));
        } else if (resolution.length() > 5000) {
            errors.put("resolution", Message.of("input.tooLong", 0, 5000));
        }
        if (rootCause != null && rootCause.length() > 5000) {
            errors.put("rootCause", Message.of("input.tooLong", 0, 5000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        issue.resolve(rootCause, resolution, caller.userId(), OffsetDateTime.now());
        return views.issue(issue);
    }

    /** Opens a resolved issue again: quality managers only. */
    @RequiresPermission(MANAGE)
    public IssueView reopen(UUID id, long expectedVersion) {
        Issue issue = lockVersion(id, expectedVersion);
        if (!issue.isResolved()) {
            throw new BusinessRuleException("quality.issueOpen", issue.getIssueNumber());
        }
        issue.reopen();
        return views.issue(issue);
    }

    /** Attaches a photo (or PDF) to the issue: its reporter, its assignee, or a quality manager. */
    @RequiresPermission(WORK)
    public FileView attach(UUID id, String name, byte[] bytes) {
        Issue issue = Records.require(em, Issue.class, id, "record.issue");
        UUID me = caller.userId();
        if (!me.equals(issue.getReportedBy()) && !me.equals(issue.getAssignedTo()) && !caller.can(MANAGE)) {
            throw new PermissionDeniedException(MANAGE, "quality.notYourIssue");
        }
        return files.store(FileOwner.ISSUE, issue.getId(), name, bytes);
    }

    // ------------------------------------------------------------------------------------------

    /** The draft with its custom fields checked, its references found, each refusal on its field. */
    private IssueDraft check(IssueDraft draft, Issue existing) {
        validation.check(draft);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (draft.batchId() == null && draft.orderId() == null) {
            errors.put("batchId", Message.of("quality.batchOrOrder"));
        }
        if (draft.batchId() != null && em.find(Batch.class, draft.batchId()) == null) {
            errors.put("batchId", Message.of("quality.unknownBatch"));
        }
        if (draft.orderId() != null && em.find(Order.class, draft.orderId()) == null) {
            errors.put("orderId", Message.of("quality.unknownOrder"));
        }
        if (draft.stageId() != null && em.find(ProductionStage.class, draft.stageId()) == null) {
            errors.put("stageId", Message.of("production.notAStage"));
        }
        IssueCategory category = em.find(IssueCategory.class, draft.categoryId());
        if (category == null || (!category.isActive() && (existing == null || !category.getId().equals(existing.getCategoryId())))) {
            errors.put("categoryId", Message.of("quality.chooseCategory"));
        }
        if (draft.assignedTo() != null && (existing == null || !draft.assignedTo().equals(existing.getAssignedTo()))) {
            User user = em.find(User.class, draft.assignedTo());
            if (user == null || !user.isActive()) {
                errors.put("assignedTo", Message.of("users.notActiveUser"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft.withCustomFields(existing == null
                ? customFields.check(CustomFieldEntity.ISSUES, draft.customFieldsOrEmpty())
                : customFields.check(CustomFieldEntity.ISSUES, draft.customFieldsOrEmpty(), existing.getCustomFields()));
    }

    /** The issue, locked at the version the caller saw, that the caller may work on: assigned to them, or quality:write. */
    private Issue workable(UUID id, long expectedVersion) {
        Issue issue = lockVersion(id, expectedVersion);
        if (!caller.userId().equals(issue.getAssignedTo()) && !caller.can(MANAGE)) {
            throw new PermissionDeniedException(MANAGE, "quality.notYourIssue");
        }
        return issue;
    }

    private Issue lockVersion(UUID id, long expectedVersion) {
        Issue issue = em.find(Issue.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null) {
            throw new NotFoundException("record.issue", id);
        }
        if (issue.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("quality.issueOf", issue.getIssueNumber());
        }
        return issue;
    }

    private void requireActiveUser(UUID userId, String field) {
        User user = em.find(User.class, userId);
        if (user == null || !user.isActive()) {
            throw InvalidInputException.of(field, "users.notActiveUser");
        }
    }

    private static void condition(List<String> where, Map<String, Object> parameters, String path, String name, Object value) {
        if (value != null) {
            where.add(path + " = :" + name);
            parameters.put(name, value);
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
