package io.shopfloor.people.entity;

import java.math.BigDecimal;
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
 * A worker's hours on one day, in place of their usual week: leave, a half day, overtime or a
 * holiday of their own. A worker's request counts once a manager approves it.
 */
@Entity
@Table(name = "availability_exceptions")
public class AvailabilityException {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false)
    private ExceptionKind kind;

    @Column(nullable = false)
    private BigDecimal hours;

    private String note;

    @Column(nullable = false)
    private ExceptionStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private UUID requestedBy;

    @Column(name = "decided_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private long version;

    protected AvailabilityException() {
    }

    public AvailabilityException(UUID tenantId, UUID userId, ExceptionDraft draft, UUID requestedBy) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.userId = userId;
        this.day = draft.day();
        this.kind = draft.kind();
        this.hours = draft.hours();
        this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        this.status = ExceptionStatus.REQUESTED;
        this.requestedBy = requestedBy;
    }

    public void decide(boolean approve, UUID by, OffsetDateTime at) {
        this.status = approve ? ExceptionStatus.APPROVED : ExceptionStatus.DENIED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public LocalDate getDay() {
        return day;
    }

    public ExceptionKind getKind() {
        return kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }

    public ExceptionStatus getStatus() {
        return status;
    }

    public UUID getRequestedBy() {
        return requestedBy;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
