package io.shopfloor.people.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
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
 * An interval a worker spent: on a batch's work at a stage (from start or resume to a pause, a
 * switch or completion, written from server-side events) or, by hand, on time outside stage work.
 * A running interval has no end. The database refuses overlaps and intervals in the future.
 */
@Entity
@Table(name = "work_intervals")
public class WorkInterval {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "assignment_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID assignmentId;

    @Column(updatable = false)
    private TimeCategory category;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "end_reason")
    private IntervalEnd endReason;

    private String note;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "corrected_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID correctedBy;

    @Column(name = "corrected_at", insertable = false, updatable = false)
    private OffsetDateTime correctedAt;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Version
    private long version;

    protected WorkInterval() {
    }

    private WorkInterval(UUID tenantId, UUID userId, UUID createdBy, OffsetDateTime startedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.userId = userId;
        this.createdBy = createdBy;
        this.startedAt = startedAt;
    }

    /** Stage work that starts running now. */
    public static WorkInterval running(UUID tenantId, UUID userId, UUID assignmentId, UUID createdBy, OffsetDateTime now) {
        WorkInterval interval = new WorkInterval(tenantId, userId, createdBy, now);
        interval.assignmentId = assignmentId;
        return interval;
    }

    /** Time outside stage work, entered whole. */
    public static WorkInterval other(UUID tenantId, UUID userId, TimeCategory category, OffsetDateTime from, OffsetDateTime to,
                                     String note, UUID createdBy) {
        WorkInterval interval = new WorkInterval(tenantId, userId, createdBy, from);
        interval.category = category;
        interval.endedAt = to;
        interval.note = note;
        return interval;
    }

    public void end(OffsetDateTime at, IntervalEnd reason) {
        this.endedAt = at;
        this.endReason = reason;
    }

    /** A manager's correction of the times, in their name and with their reason (the database sets when). */
    public void correct(OffsetDateTime from, OffsetDateTime to, UUID by, String reason) {
        this.startedAt = from;
        this.endedAt = to;
        this.correctedBy = by;
        this.correctionReason = reason.strip();
    }

    public boolean isRunning() {
        return endedAt == null;
    }

    /** Hours spent, a running interval up to {@code now}; four decimals, as the database's interval_hours. */
    public BigDecimal hours(OffsetDateTime now) {
        Duration spent = Duration.between(startedAt, endedAt == null ? now : endedAt);
        return BigDecimal.valueOf(spent.toMillis()).divide(BigDecimal.valueOf(3_600_000), 4, RoundingMode.HALF_UP);
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getAssignmentId() {
        return assignmentId;
    }

    public TimeCategory getCategory() {
        return category;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public IntervalEnd getEndReason() {
        return endReason;
    }

    public String getNote() {
        return note;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public UUID getCorrectedBy() {
        return correctedBy;
    }

    public OffsetDateTime getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public long getVersion() {
        return version;
    }
}
