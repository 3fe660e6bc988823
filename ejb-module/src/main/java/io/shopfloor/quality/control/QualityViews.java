package io.shopfloor.quality.control;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.orders.entity.Order;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.files.control.FileStore;
import io.shopfloor.platform.files.entity.FileOwner;
import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.quality.entity.CheckItemView;
import io.shopfloor.quality.entity.CheckResult;
import io.shopfloor.quality.entity.CheckView;
import io.shopfloor.quality.entity.ChecklistItem;
import io.shopfloor.quality.entity.ChecklistTemplate;
import io.shopfloor.quality.entity.ChecklistView;
import io.shopfloor.quality.entity.Issue;
import io.shopfloor.quality.entity.IssueCategory;
import io.shopfloor.quality.entity.IssueView;
import io.shopfloor.quality.entity.ItemView;
import io.shopfloor.quality.entity.QualityCheck;
import io.shopfloor.quality.entity.SlaStatus;

/**
 * What the quality services answer with, assembled with a fixed number of queries per answer;
 * names (stages, products, people, batches) are looked up in one query per kind.
 */
@Dependent
public class QualityViews {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    CustomFieldValidation customFields;

    public ChecklistView checklist(ChecklistTemplate template) {
        em.flush();
        em.refresh(template);
        return checklists(List.of(template), true).get(0);
    }

    /** Checklist versions, with their items only when asked (a single checklist), names looked up once. */
    public List<ChecklistView> checklists(List<ChecklistTemplate> templates, boolean withItems) {
        Map<UUID, String> stages = names("ProductionStage", "s.name", templates.stream().map(ChecklistTemplate::getStageId));
        Map<UUID, String> products = names("Product", "s.name", templates.stream().map(ChecklistTemplate::getProductId));
        Map<UUID, String> people = names("User", "s.displayName", templates.stream().map(ChecklistTemplate::getCreatedBy));
        Map<UUID, List<ItemView>> items = withItems ? items(templates.stream().map(ChecklistTemplate::getId).toList()) : Map.of();
        return templates.stream().map(t -> new ChecklistView(t.getId(), t.getLineageId(), t.getRevision(), t.getName(), t.getProductId(),
                products.get(t.getProductId()), t.getStageId(), stages.get(t.getStageId()), t.getScope(), t.getStatus(),
                people.get(t.getCreatedBy()), t.getCreatedAt(), t.getPublishedAt(), t.getRetiredAt(), t.getVersion(),
                items.getOrDefault(t.getId(), List.of()))).toList();
    }

    public Map<UUID, List<ItemView>> items(Collection<UUID> templateIds) {
        if (templateIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM ChecklistItem i WHERE i.templateId IN :ids ORDER BY i.position", ChecklistItem.class)
                .setParameter("ids", templateIds).getResultStream()
                .collect(Collectors.groupingBy(ChecklistItem::getTemplateId, Collectors.mapping(ItemView::of, Collectors.toList())));
    }

    /** A check with every item of its checklist version, its results and their photos. */
    public CheckView check(QualityCheck check) {
        ChecklistTemplate template = em.find(ChecklistTemplate.class, check.getTemplateId());
        Batch batch = em.find(Batch.class, check.getBatchId());
        Order order = check.getOrderId() == null ? null : em.find(Order.class, check.getOrderId());
        ProductionStage stage = em.find(ProductionStage.class, check.getStageId());
        User worker = em.find(User.class, check.getWorkerId());
        Map<UUID, CheckResult> results = em.createQuery("SELECT r FROM CheckResult r WHERE r.checkId = :check", CheckResult.class)
                .setParameter("check", check.getId()).getResultStream()
                .collect(Collectors.toMap(CheckResult::getItemId, r -> r));
        Map<UUID, List<FileView>> photos = files.list(FileOwner.CHECK_RESULT, results.values().stream().map(CheckResult::getId).toList());
        List<CheckItemView> items = items(List.of(template.getId())).getOrDefault(template.getId(), List.of()).stream().map(item -> {
            CheckResult r = results.get(item.id());
            return r == null ? new CheckItemView(item, null, null, null, null, List.of())
                    : new CheckItemView(item, r.getId(), r.isPassed(), r.getReading(), r.getNotes(), photos.getOrDefault(r.getId(), List.of()));
        }).toList();
        Issue issue = em.createQuery("SELECT i FROM Issue i WHERE i.checkId = :check ORDER BY i.createdAt", Issue.class)
                .setParameter("check", check.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new CheckView(check.getId(), batch.getId(), batch.getBatchNumber(), check.getOrderId(), order == null ? null : order.getOrderNumber(),
                stage.getId(), stage.getName(), template.getId(), template.getName(), template.getRevision(), check.getWorkerId(),
                worker.getDisplayName(), check.getStatus(), check.getNotes(), check.getOpenedAt(), check.getCompletedAt(), check.getVersion(),
                items, issue == null ? null : issue.getId(), issue == null ? null : issue.getIssueNumber());
    }

    /** An issue with its names, SLA status (the database's function) and photos. */
    public IssueView issue(Issue issue) {
        em.flush();
        em.refresh(issue);
        String sla = (String) em.createNativeQuery("SELECT shopfloor.sla_status(CAST(?1 AS timestamptz), CAST(?2 AS timestamptz))")
                .setParameter(1, issue.getDueAt()).setParameter(2, issue.getResolvedAt()).getSingleResult();
        Map<UUID, String> people = names("User", "s.displayName", Stream.of(issue.getReportedBy(), issue.getAssignedTo(), issue.getResolvedBy()));
        Batch batch = issue.getBatchId() == null ? null : em.find(Batch.class, issue.getBatchId());
        Order order = issue.getOrderId() == null ? null : em.find(Order.class, issue.getOrderId());
        ProductionStage stage = issue.getStageId() == null ? null : em.find(ProductionStage.class, issue.getStageId());
        IssueCategory category = em.find(IssueCategory.class, issue.getCategoryId());
        return new IssueView(issue.getId(), issue.getIssueNumber(), issue.getBatchId(), batch == null ? null : batch.getBatchNumber(),
                issue.getOrderId(), order == null ? null : order.getOrderNumber(), issue.getStageId(), stage == null ? null : stage.getName(),
                issue.getCheckId(), category.getId(), category.getName(), issue.getSeverity(), issue.getTitle(), issue.getDescription(),
                issue.getReportedBy(), people.get(issue.getReportedBy()), issue.getAssignedTo(), people.get(issue.getAssignedTo()),
                issue.getRootCause(), issue.getResolution(), issue.getResolvedAt(), people.get(issue.getResolvedBy()), issue.getDueAt(),
                SlaStatus.ofCode(sla), customFields.visible(CustomFieldEntity.ISSUES, issue.getCustomFields()), issue.getCreatedAt(),
                issue.getUpdatedAt(), issue.getVersion(), files.list(FileOwner.ISSUE, issue.getId()));
    }

    /** A reading as an issue's description shows it: the number as typed, with unit and limits. */
    public static String reading(ItemView item, BigDecimal reading) {
        String limits = (item.lowerLimit() == null ? "…" : item.lowerLimit().stripTrailingZeros().toPlainString())
                + " – " + (item.upperLimit() == null ? "…" : item.upperLimit().stripTrailingZeros().toPlainString());
        return reading.stripTrailingZeros().toPlainString() + " " + item.unit() + " [" + limits + "]";
    }

    /** id → name of one entity, for the ids given (nulls skipped), in one query; asking it for a null id answers null. */
    private Map<UUID, String> names(String entity, String name, Stream<UUID> ids) {
        Set<UUID> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            em.createQuery("SELECT s.id, " + name + " FROM " + entity + " s WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", wanted).getResultStream()
                    .forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        return names;
    }
}
