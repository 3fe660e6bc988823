package io.shopfloor.quality.boundary;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.files.control.FileStore;
import io.shopfloor.platform.files.entity.FileOwner;
import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.quality.control.FailedCheckIssues;
import io.shopfloor.quality.control.QualityNeeds;
import io.shopfloor.quality.control.QualityViews;
import io.shopfloor.quality.entity.CheckItemView;
import io.shopfloor.quality.entity.CheckNeed;
import io.shopfloor.quality.entity.CheckResult;
import io.shopfloor.quality.entity.CheckSummary;
import io.shopfloor.quality.entity.CheckView;
import io.shopfloor.quality.entity.ChecklistItem;
import io.shopfloor.quality.entity.ChecklistTemplate;
import io.shopfloor.quality.entity.ItemKind;
import io.shopfloor.quality.entity.QualityCheck;
import io.shopfloor.quality.entity.ResultInput;

/**
 * Checks as workers file them: for a batch at its current stage, against a checklist that applies
 * there (for one order where it is filed per order), as the signed-in user. A check is opened,
 * its results recorded (photos attached to them), then completed; the database computes its status
 * and a failed check opens an issue. Nothing passes by default: every required item needs a
 * result, a measurement its reading, a photo-required item its photo.
 */
@Stateless
public class QualityChecks {

    static final String WORK = "quality:work";
    static final String MANAGE = "quality:write";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    QualityNeeds needs;

    @Inject
    QualityViews views;

    @Inject
    FileStore files;

    @Inject
    FailedCheckIssues failures;

    /** The checks the batch needs before it may leave its current stage, and how the newest of each went. */
    @RequiresPermission("quality:read")
    public List<CheckNeed> needs(UUID batchId) {
        return needs.of(Records.require(em, Batch.class, batchId, "record.batch"));
    }

    @RequiresPermission("quality:read")
    public CheckView find(UUID id) {
        return views.check(Records.require(em, QualityCheck.class, id, "record.check"));
    }

    /** A batch's checks (or one order's), newest first. */
    @RequiresPermission("quality:read")
    public List<CheckSummary> list(UUID batchId, UUID orderId) {
        if (batchId == null && orderId == null) {
            throw InvalidInputException.of("batchId", "quality.batchOrOrder");
        }
        return em.createQuery("SELECT c.id, c.batchId, b.batchNumber, c.orderId, o.orderNumber, s.name, t.name, t.revision, u.displayName,"
                        + " c.status, c.openedAt, c.completedAt"
                        + " FROM QualityCheck c JOIN Batch b ON b.id = c.batchId JOIN ProductionStage s ON s.id = c.stageId"
                        + " JOIN ChecklistTemplate t ON t.id = c.templateId JOIN User u ON u.id = c.workerId"
                        + " LEFT JOIN SalesOrder o ON o.id = c.orderId"
                        + " WHERE " + (batchId != null ? "c.batchId = :batch" : "c.orderId = :order")
                        + " ORDER BY c.openedAt DESC", Object[].class)
                .setParameter(batchId != null ? "batch" : "order", batchId != null ? batchId : orderId)
                .setMaxResults(500)
                .getResultStream()
                .map(r -> new CheckSummary((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4], (String) r[5], (String) r[6],
                        (Integer) r[7], (String) r[8], (QualityStatus) r[9], (OffsetDateTime) r[10], (OffsetDateTime) r[11]))
                .toList();
    }

    /**
     * Opens a check of the batch at its current stage against {@code templateId}, which must be
     * one the batch needs there ({@code orderId} names the order of a per-order checklist). An open
     * check of the caller's for the same checklist and order is taken up again, not doubled.
     */
    @RequiresPermission(WORK)
    public CheckView open(UUID batchId, UUID templateId, UUID orderId) {
        Batch batch = Records.require(em, Batch.class, batchId, "record.batch");
        if (batch.isCompleted()) {
            throw new BusinessRuleException("batches.alreadyCompleted", batch.getBatchNumber());
        }
        ChecklistTemplate template = Records.require(em, ChecklistTemplate.class, templateId, "record.checklist");
        ProductionStage stage = em.find(ProductionStage.class, batch.getCurrentStageId());
        boolean applies = needs.of(batch).stream()
                .anyMatch(need -> need.templateId().equals(templateId) && Objects.equals(need.orderId(), orderId));
        if (!applies) {
            throw new BusinessRuleException("quality.checklistNotApplicable", template.getName(), batch.getBatchNumber(), stage.getName());
        }
        UUID me = caller.userId();
        var resumable = em.createQuery("SELECT c FROM QualityCheck c WHERE c.batchId = :batch AND c.templateId = :template AND c.workerId = :me"
                        + " AND c.completedAt IS NULL AND " + (orderId == null ? "c.orderId IS NULL" : "c.orderId = :order"), QualityCheck.class)
                .setParameter("batch", batchId).setParameter("template", templateId).setParameter("me", me);
        if (orderId != null) {
            resumable.setParameter("order", orderId);
        }
        return resumable.getResultStream().findFirst()
                .map(views::check)
                .orElseGet(() -> {
                    QualityCheck check = new QualityCheck(caller.tenantId(), batchId, orderId, template, me, OffsetDateTime.now());
                    em.persist(check);
                    em.flush();
                    return views.check(check);
                });
    }

    /** Records (or changes) the result of one item while the check is open. */
    @RequiresPermission(WORK)
    public CheckView record(UUID checkId, ResultInput result) {
        QualityCheck check = openCheck(checkId);
        Map<UUID, ChecklistItem> items = items(check);
        Map<String, Message> errors = new LinkedHashMap<>();
        write(check, items, result, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.flush();
        return views.check(check);
    }

    /** Attaches a photo to an item's recorded result while the check is open. */
    @RequiresPermission(WORK)
    public FileView attachPhoto(UUID checkId, UUID itemId, String name, byte[] bytes) {
        QualityCheck check = openCheck(checkId);
        CheckResult result = result(check, itemId)
                .orElseThrow(() -> InvalidInputException.of(field(itemId), "quality.recordBeforePhoto"));
        return files.store(FileOwner.CHECK_RESULT, result.getId(), name, bytes);
    }

    /**
     * Records the results given (if any) and completes the check: its status is the database's
     * verdict; a check that is not good opens an issue of the "Failed check" category.
     */
    @RequiresPermission(WORK)
    public CheckView complete(UUID checkId, long expectedVersion, List<ResultInput> results, String notes) {
        QualityCheck check = openCheck(checkId);
        if (check.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("record.check");
        }
        if (notes != null && notes.length() > 5000) {
            throw InvalidInputException.of("notes", "input.tooLong", 0, 5000);
        }
        Map<UUID, ChecklistItem> items = items(check);
        Map<String, Message> errors = new LinkedHashMap<>();
        for (ResultInput result : results == null ? List.<ResultInput>of() : results) {
            write(check, items, result, errors);
        }
        em.flush();
        if (errors.isEmpty()) {
            requireComplete(views.check(check), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        check.complete(notes, OffsetDateTime.now());
        em.flush();
        em.refresh(check);
        CheckView done = views.check(check);
        if (done.status() != QualityStatus.GOOD) {
            failures.openIssue(done);
            done = views.check(check);
        }
        return done;
    }

    /** Opens, records and completes a check in one go: for integrators filing a check they already took. */
    @RequiresPermission(WORK)
    public CheckView file(UUID batchId, UUID templateId, UUID orderId, List<ResultInput> results, String notes) {
        CheckView opened = open(batchId, templateId, orderId);
        return complete(opened.id(), opened.version(), results, notes);
    }

    // ------------------------------------------------------------------------------------------

    /** Every required item has a result, and a photo where it needs one; said on each item. */
    private static void requireComplete(CheckView check, Map<String, Message> errors) {
        for (CheckItemView item : check.items()) {
            if (item.item().required() && !item.recorded()) {
                errors.put(field(item.item().id()), Message.of(item.item().measurement() ? "quality.readingRequired" : "quality.resultRequired"));
            } else if (item.recorded() && item.item().photoRequired() && item.photos().isEmpty()) {
                errors.put(field(item.item().id()), Message.of("quality.photoRequired"));
            }
        }
    }

    private void write(QualityCheck check, Map<UUID, ChecklistItem> items, ResultInput input, Map<String, Message> errors) {
        validation.check(input);
        ChecklistItem item = items.get(input.itemId());
        if (item == null) {
            errors.put(field(input.itemId()), Message.of("quality.notAnItem"));
            return;
        }
        boolean passed;
        if (item.getKind() == ItemKind.MEASUREMENT) {
            if (input.reading() == null) {
                errors.put(field(item.getId()), Message.of("quality.readingRequired"));
                return;
            }
            passed = item.accepts(input.reading());
        } else {
            if (input.passed() == null) {
                errors.put(field(item.getId()), Message.of("quality.resultRequired"));
                return;
            }
            if (input.reading() != null) {
                errors.put(field(item.getId()), Message.of("quality.noReading"));
                return;
            }
            passed = input.passed();
        }
        CheckResult result = result(check, item.getId()).orElseGet(() -> {
            CheckResult created = new CheckResult(check, item.getId());
            em.persist(created);
            return created;
        });
        result.record(passed, item.getKind() == ItemKind.MEASUREMENT ? input.reading() : null, input.notes());
    }

    private Optional<CheckResult> result(QualityCheck check, UUID itemId) {
        return em.createQuery("SELECT r FROM CheckResult r WHERE r.checkId = :check AND r.itemId = :item", CheckResult.class)
                .setParameter("check", check.getId()).setParameter("item", itemId).getResultStream().findFirst();
    }

    private Map<UUID, ChecklistItem> items(QualityCheck check) {
        Map<UUID, ChecklistItem> items = new LinkedHashMap<>();
        em.createQuery("SELECT i FROM ChecklistItem i WHERE i.templateId = :template ORDER BY i.position", ChecklistItem.class)
                .setParameter("template", check.getTemplateId()).getResultStream().forEach(i -> items.put(i.getId(), i));
        return items;
    }

    /** The open check, locked, that the caller may work on: their own, or any for quality:write. */
    private QualityCheck openCheck(UUID checkId) {
        QualityCheck check = em.find(QualityCheck.class, checkId, LockModeType.PESSIMISTIC_WRITE);
        if (check == null) {
            throw new NotFoundException("record.check", checkId);
        }
        if (!check.getWorkerId().equals(caller.userId()) && !caller.can(MANAGE)) {
            throw new PermissionDeniedException(MANAGE, "quality.notYourCheck");
        }
        if (check.isCompleted()) {
            throw new BusinessRuleException("quality.checkCompleted");
        }
        Batch batch = em.find(Batch.class, check.getBatchId());
        if (batch.isCompleted() || !batch.getCurrentStageId().equals(check.getStageId())) {
            throw new BusinessRuleException("quality.checkStageLeft", batch.getBatchNumber());
        }
        return check;
    }

    /** Where a message about an item's result goes: the API's field, the screen's input. */
    static String field(UUID itemId) {
        return "results." + itemId;
    }
}
