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
import io.shopfloor.production.entity.QualityStatus;

/**
 * A worker's check of a batch (or one of its orders) at its stage against a checklist version.
 * Opened, given its results, completed; the status is the database's verdict on completion,
 * never written here.
 */
@Entity
@Table(name = "quality_checks")
public class QualityCheck {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private UUID batchId;

    @Column(name = "order_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID orderId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    private UUID stageId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private UUID templateId;

    @Column(name = "worker_id", nullable = false, updatable = false)
    private UUID workerId;

    /** Computed by the database when the check is completed. */
    @Column(insertable = false, updatable = false)
    private QualityStatus status;

    private String notes;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Version
    private long version;

    protected QualityCheck() {
    }

    public QualityCheck(UUID tenantId, UUID batchId, UUID orderId, ChecklistTemplate template, UUID workerId, OffsetDateTime openedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.batchId = batchId;
        this.orderId = orderId;
        this.stageId = template.getStageId();
        this.templateId = template.getId();
        this.workerId = workerId;
        this.openedAt = openedAt;
    }

    public void complete(String notes, OffsetDateTime at) {
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
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

    public UUID getBatchId() {
        return batchId;
    }

    public UUID getOrderId() {
        return orderId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public UUID getWorkerId() {
        return workerId;
    }

    public QualityStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }
}
