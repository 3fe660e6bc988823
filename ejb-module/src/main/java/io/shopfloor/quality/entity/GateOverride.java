package io.shopfloor.quality.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone with quality:override letting a batch leave a stage without a passing check, and why.
 * Written once; the gate (in Java and in the database) reads it.
 */
@Entity
@Table(name = "quality_gate_overrides")
public class GateOverride {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private UUID batchId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    private UUID stageId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private UUID grantedBy;

    @Column(name = "granted_at", insertable = false, updatable = false)
    private OffsetDateTime grantedAt;

    protected GateOverride() {
    }

    public GateOverride(UUID tenantId, UUID batchId, UUID stageId, String reason, UUID grantedBy) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.batchId = batchId;
        this.stageId = stageId;
        this.reason = reason.strip();
        this.grantedBy = grantedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBatchId() {
        return batchId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public String getReason() {
        return reason;
    }

    public UUID getGrantedBy() {
        return grantedBy;
    }

    public OffsetDateTime getGrantedAt() {
        return grantedAt;
    }
}
