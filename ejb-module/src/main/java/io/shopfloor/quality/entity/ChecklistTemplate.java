package io.shopfloor.quality.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.shopfloor.platform.types.NullableUuidConverter;

/**
 * One version of a checklist for a stage, and for one product or (without a product) the stage's
 * default. The versions of a checklist share a lineage; a published version never changes (the
 * database holds that), editing it publishes the next one.
 */
@Entity
@Table(name = "checklist_templates")
public class ChecklistTemplate {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "lineage_id", nullable = false, updatable = false)
    private UUID lineageId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false)
    private String name;

    @Column(name = "product_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID productId;

    @Column(name = "stage_id", nullable = false)
    private UUID stageId;

    @Column(nullable = false)
    private ChecklistScope scope;

    @Column(nullable = false)
    private ChecklistStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    @Version
    private long version;

    protected ChecklistTemplate() {
    }

    /** A first draft, the start of a new lineage. */
    public static ChecklistTemplate draft(UUID tenantId, UUID createdBy, ChecklistDraft draft) {
        ChecklistTemplate template = new ChecklistTemplate(tenantId, UUID.randomUUID(), 1, createdBy);
        template.apply(draft);
        return template;
    }

    /** The next version of {@code published}, with the edited content: a draft until its items are written. */
    public static ChecklistTemplate nextVersion(ChecklistTemplate published, UUID createdBy, ChecklistDraft draft) {
        ChecklistTemplate next = new ChecklistTemplate(published.tenantId, published.lineageId, published.revision + 1, createdBy);
        next.apply(draft);
        return next;
    }

    private ChecklistTemplate(UUID tenantId, UUID lineageId, int revision, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.lineageId = lineageId;
        this.revision = revision;
        this.createdBy = createdBy;
        this.status = ChecklistStatus.DRAFT;
    }

    /** Name, product, stage and scope of a draft. */
    public void apply(ChecklistDraft draft) {
        this.name = draft.name().strip();
        this.productId = draft.productId();
        this.stageId = draft.stageId();
        this.scope = draft.scope() == null ? ChecklistScope.BATCH : draft.scope();
    }

    public void publish(OffsetDateTime at) {
        this.status = ChecklistStatus.ACTIVE;
        this.publishedAt = at;
    }

    public void retire(OffsetDateTime at) {
        this.status = ChecklistStatus.RETIRED;
        this.retiredAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public UUID getLineageId() {
        return lineageId;
    }

    public int getRevision() {
        return revision;
    }

    public String getName() {
        return name;
    }

    public UUID getProductId() {
        return productId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public ChecklistScope getScope() {
        return scope;
    }

    public ChecklistStatus getStatus() {
        return status;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getRetiredAt() {
        return retiredAt;
    }

    public long getVersion() {
        return version;
    }
}
