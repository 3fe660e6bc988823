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

/**
 * A batch's work at one stage: who is assigned and for which day, when the batch reached the stage
 * (opened), when the work first started and when it was completed. The time spent is the
 * workers' intervals on it (people's work_intervals), not completed minus started.
 */
@Entity
@Table(name = "stage_assignments")
public class StageAssignment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private UUID batchId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    private UUID stageId;

    @Column(name = "worker_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID workerId;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID completedBy;

    @Version
    private long version;

    protected StageAssignment() {
    }

    public StageAssignment(UUID tenantId, UUID batchId, UUID stageId) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.batchId = batchId;
        this.stageId = stageId;
    }

    /** Gives the work to {@code workerId} (nobody when null) for {@code day}. */
    public void assign(UUID workerId, LocalDate day) {
        this.workerId = workerId;
        this.plannedOn = workerId == null ? null : day;
    }

    public void open(OffsetDateTime at) {
        this.openedAt = at;
    }

    public void start(OffsetDateTime at) {
        this.startedAt = at;
    }

    public void complete(OffsetDateTime at, UUID by) {
        this.completedAt = at;
        this.completedBy = by;
    }

    public boolean isOpen() {
        return openedAt != null && completedAt == null;
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

    public UUID getWorkerId() {
        return workerId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public UUID getCompletedBy() {
        return completedBy;
    }

    public long getVersion() {
        return version;
    }
}
