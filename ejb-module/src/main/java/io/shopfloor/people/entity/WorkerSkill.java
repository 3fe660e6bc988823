package io.shopfloor.people.entity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A worker's skill at one stage: level and, for a certification, the day it expires. */
@Entity
@Table(name = "worker_skills")
public class WorkerSkill {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    private UUID stageId;

    @Column(nullable = false)
    private SkillLevel level;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    private String notes;

    @Version
    private long version;

    protected WorkerSkill() {
    }

    public WorkerSkill(UUID tenantId, UUID userId, UUID stageId) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.userId = userId;
        this.stageId = stageId;
    }

    public void apply(SkillDraft draft) {
        this.level = draft.level();
        this.expiresOn = draft.expiresOn();
        this.notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
    }

    /** Whether work at the stage may be given on {@code day}: qualified or expert, not expired (the database's skill_valid). */
    public boolean validOn(LocalDate day) {
        return level != SkillLevel.TRAINEE && (expiresOn == null || expiresOn.isAfter(day));
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public SkillLevel getLevel() {
        return level;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
