package io.shopfloor.production.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.shopfloor.platform.types.NullableUuidConverter;

/** Orders made together, moving through the production stages one at a time. */
@Entity
@Table(name = "batches")
public class Batch {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "batch_number", nullable = false, updatable = false)
    private String batchNumber;

    private BatchPriority priority;

    @Column(name = "current_stage_id", nullable = false)
    private UUID currentStageId;

    /** Kept by the database: the worst severity among the batch's open issues (V19), never written here. */
    @Column(name = "quality_status", insertable = false, updatable = false)
    private QualityStatus qualityStatus;

    @Column(name = "target_completion")
    private LocalDate targetCompletion;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    private String notes;

    @Column(name = "created_by", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Batch() {
    }

    public Batch(UUID tenantId, String batchNumber, UUID firstStageId, UUID createdBy, BatchDraft draft) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.batchNumber = batchNumber;
        this.currentStageId = firstStageId;
        this.createdBy = createdBy;
        this.qualityStatus = QualityStatus.GOOD;
        apply(draft);
    }

    public void apply(BatchDraft draft) {
        this.priority = draft.priority() == null ? BatchPriority.STANDARD : draft.priority();
        this.targetCompletion = draft.targetCompletion();
        this.notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
    }

    public void moveTo(UUID stageId) {
        this.currentStageId = stageId;
    }

    public void complete(OffsetDateTime at) {
        this.completedAt = at;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public BatchPriority getPriority() {
        return priority;
    }

    public UUID getCurrentStageId() {
        return currentStageId;
    }

    public QualityStatus getQualityStatus() {
        return qualityStatus;
    }

    public LocalDate getTargetCompletion() {
        return targetCompletion;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
