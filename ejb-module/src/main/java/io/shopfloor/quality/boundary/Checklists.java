package io.shopfloor.quality.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.orders.entity.Product;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.quality.control.QualityViews;
import io.shopfloor.quality.entity.ChecklistDraft;
import io.shopfloor.quality.entity.ChecklistItem;
import io.shopfloor.quality.entity.ChecklistStatus;
import io.shopfloor.quality.entity.ChecklistTemplate;
import io.shopfloor.quality.entity.ChecklistView;
import io.shopfloor.quality.entity.ItemDraft;
import io.shopfloor.quality.entity.ItemKind;

/**
 * Checklists as administrators keep them: a draft is written and published; editing a published
 * version publishes the next one and retires it (checks keep the version they used); a version is
 * retired when it no longer applies. At most one version is active per product and stage, a
 * checklist without a product being the stage's default.
 */
@Stateless
public class Checklists {

    static final String MANAGE = "quality:write";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    QualityViews views;

    /** Current versions (drafts and active, and retired ones when asked), by stage and name. */
    @RequiresPermission("quality:read")
    public Page<ChecklistView> list(boolean includeRetired, PageRequest page) {
        long total = em.createQuery("SELECT COUNT(t) FROM ChecklistTemplate t WHERE :all = TRUE OR t.status <> :retired", Long.class)
                .setParameter("all", includeRetired).setParameter("retired", ChecklistStatus.RETIRED).getSingleResult();
        List<ChecklistTemplate> templates = em.createQuery("SELECT t FROM ChecklistTemplate t, ProductionStage s WHERE s.id = t.stageId"
                        + " AND (:all = TRUE OR t.status <> :retired)"
                        + " ORDER BY s.position, t.name, t.revision DESC", ChecklistTemplate.class)
                .setParameter("all", includeRetired).setParameter("retired", ChecklistStatus.RETIRED)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        return new Page<>(views.checklists(templates, false), total, page.offset(), page.limit());
    }

    @RequiresPermission("quality:read")
    public ChecklistView find(UUID id) {
        return views.checklist(Records.require(em, ChecklistTemplate.class, id, "record.checklist"));
    }

    /** Every version of the checklist this one belongs to, newest first. */
    @RequiresPermission("quality:read")
    public List<ChecklistView> versions(UUID id) {
        ChecklistTemplate template = Records.require(em, ChecklistTemplate.class, id, "record.checklist");
        return views.checklists(em.createQuery("SELECT t FROM ChecklistTemplate t WHERE t.lineageId = :lineage ORDER BY t.revision DESC",
                ChecklistTemplate.class).setParameter("lineage", template.getLineageId()).getResultList(), false);
    }

    /** A new checklist, as a draft: checks follow it once it is published. */
    @RequiresPermission(MANAGE)
    public ChecklistView create(ChecklistDraft draft) {
        check(draft);
        ChecklistTemplate template = ChecklistTemplate.draft(caller.tenantId(), caller.userId(), draft);
        em.persist(template);
        em.flush();
        writeItems(template, draft.items());
        return views.checklist(template);
    }

    /**
     * Saves an edit: a draft changes in place; a published version stays as it was (checks were
     * filed against it) and the edit is published as the next version, which retires it.
     */
    @RequiresPermission(MANAGE)
    public ChecklistView update(UUID id, long expectedVersion, ChecklistDraft draft) {
        check(draft);
        ChecklistTemplate template = lockVersion(id, expectedVersion);
        switch (template.getStatus()) {
            case DRAFT -> {
                template.apply(draft);
                em.createQuery("DELETE FROM ChecklistItem i WHERE i.templateId = :template").setParameter("template", id).executeUpdate();
                em.flush();
                writeItems(template, draft.items());
                return views.checklist(template);
            }
            case ACTIVE -> {
                requireItems(draft);
                OffsetDateTime now = OffsetDateTime.now();
                template.retire(now);
                em.flush();
                ChecklistTemplate next = ChecklistTemplate.nextVersion(template, caller.userId(), draft);
                requireNoOtherActive(next);
                em.persist(next);
                em.flush();
                writeItems(next, draft.items());
                next.publish(now);
                return views.checklist(next);
            }
            default -> throw new BusinessRuleException("quality.checklistRetired", template.getName(), template.getRevision());
        }
    }

    /** Publishes a draft: from now on checks at its stage follow it. */
    @RequiresPermission(MANAGE)
    public ChecklistView publish(UUID id, long expectedVersion) {
        ChecklistTemplate template = lockVersion(id, expectedVersion);
        if (template.getStatus() != ChecklistStatus.DRAFT) {
            throw new BusinessRuleException("quality.checklistPublished", template.getName(), template.getRevision());
        }
        if (items(template).isEmpty()) {
            throw new BusinessRuleException("quality.checklistEmpty", template.getName());
        }
        requireNoOtherActive(template);
        template.publish(OffsetDateTime.now());
        em.flush();
        return views.checklist(template);
    }

    /** Retires the active version: its stage (for its product) then needs no check, or the default's. */
    @RequiresPermission(MANAGE)
    public ChecklistView retire(UUID id, long expectedVersion) {
        ChecklistTemplate template = lockVersion(id, expectedVersion);
        if (template.getStatus() != ChecklistStatus.ACTIVE) {
            throw new BusinessRuleException("quality.checklistNotActive", template.getName(), template.getRevision());
        }
        template.retire(OffsetDateTime.now());
        em.flush();
        return views.checklist(template);
    }

    /** Throws a draft away; published versions are kept (retire them instead). */
    @RequiresPermission(MANAGE)
    public void discard(UUID id, long expectedVersion) {
        ChecklistTemplate template = lockVersion(id, expectedVersion);
        if (template.getStatus() != ChecklistStatus.DRAFT) {
            throw new BusinessRuleException("quality.checklistPublished", template.getName(), template.getRevision());
        }
        em.remove(template);
        em.flush();
    }

    // ------------------------------------------------------------------------------------------

    private void check(ChecklistDraft draft) {
        validation.check(draft);
        Map<String, Message> errors = new LinkedHashMap<>();
        ProductionStage stage = em.find(ProductionStage.class, draft.stageId());
        if (stage == null) {
            errors.put("stageId", Message.of("production.notAStage"));
        }
        if (draft.productId() != null && em.find(Product.class, draft.productId()) == null) {
            errors.put("productId", Message.of("input.chooseProduct"));
        }
        for (int i = 0; i < draft.items().size(); i++) {
            itemErrors(draft.items().get(i), "items[" + i + "].", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A measurement's unit and limits, which Bean Validation cannot relate to each other. */
    private static void itemErrors(ItemDraft item, String prefix, Map<String, Message> errors) {
        if (item.kind() != ItemKind.MEASUREMENT) {
            return;
        }
        if (item.unit() == null || item.unit().isBlank()) {
            errors.put(prefix + "unit", Message.of("quality.unitRequired"));
        }
        BigDecimal lower = item.lowerLimit();
        BigDecimal upper = item.upperLimit();
        if (lower == null && upper == null) {
            errors.put(prefix + "lowerLimit", Message.of("quality.limitRequired"));
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            errors.put(prefix + "upperLimit", Message.of("quality.upperBelowLower"));
        }
        BigDecimal nominal = item.nominalValue();
        if (nominal != null && ((lower != null && nominal.compareTo(lower) < 0) || (upper != null && nominal.compareTo(upper) > 0))) {
            errors.put(prefix + "nominalValue", Message.of("quality.nominalOutside"));
        }
    }

    private static void requireItems(ChecklistDraft draft) {
        if (draft.items().isEmpty()) {
            throw InvalidInputException.of("items", "quality.itemsRequired");
        }
    }

    private void writeItems(ChecklistTemplate template, List<ItemDraft> items) {
        for (int position = 0; position < items.size(); position++) {
            em.persist(new ChecklistItem(template.getTenantId(), template.getId(), position, items.get(position)));
        }
        em.flush();
    }

    private List<ChecklistItem> items(ChecklistTemplate template) {
        return em.createQuery("SELECT i FROM ChecklistItem i WHERE i.templateId = :template", ChecklistItem.class)
                .setParameter("template", template.getId()).getResultList();
    }

    /** The database's one-active-version index, said in words: which checklist already applies. */
    private void requireNoOtherActive(ChecklistTemplate template) {
        var query = em.createQuery("SELECT t FROM ChecklistTemplate t WHERE t.stageId = :stage AND t.id <> :id"
                        + " AND t.status = :active"
                        + (template.getProductId() == null ? " AND t.productId IS NULL" : " AND t.productId = :product"), ChecklistTemplate.class)
                .setParameter("stage", template.getStageId()).setParameter("id", template.getId())
                .setParameter("active", ChecklistStatus.ACTIVE);
        if (template.getProductId() != null) {
            query.setParameter("product", template.getProductId());
        }
        query.getResultStream().findFirst().ifPresent(other -> {
            throw new BusinessRuleException("quality.checklistActiveExists", other.getName());
        });
    }

    private ChecklistTemplate lockVersion(UUID id, long expectedVersion) {
        ChecklistTemplate template = em.find(ChecklistTemplate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template == null) {
            throw new NotFoundException("record.checklist", id);
        }
        if (template.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("quality.checklistOf", template.getName());
        }
        return template;
    }
}
