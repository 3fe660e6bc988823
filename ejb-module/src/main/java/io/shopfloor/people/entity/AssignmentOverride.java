package io.shopfloor.people.entity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone with people:override giving a worker work without a valid skill, or beyond the day's
 * available hours, and why. Written once; the database's assignment check reads it.
 */
@Entity
@Table(name = "assignment_overrides")
public class AssignmentOverride {

    /** The rules an override lifts: the database's names. */
    public enum Rule {
        SKILL, CAPACITY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private UUID assignmentId;

    @Column(name = "worker_id", nullable = false, updatable = false)
    private UUID workerId;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false, updatable = false)
    private String rule;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private UUID grantedBy;

    protected AssignmentOverride() {
    }

    public AssignmentOverride(UUID tenantId, UUID assignmentId, UUID workerId, LocalDate day, Rule rule, String reason, UUID grantedBy) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.assignmentId = assignmentId;
        this.workerId = workerId;
        this.day = day;
        this.rule = rule.code();
        this.reason = reason.strip();
        this.grantedBy = grantedBy;
    }
}
