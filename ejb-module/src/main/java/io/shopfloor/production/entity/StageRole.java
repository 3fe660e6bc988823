package io.shopfloor.production.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role responsible for a stage's work. */
@Entity
@Table(name = "production_stage_roles")
public class StageRole {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    private UUID stageId;

    @Column(name = "role_id", nullable = false, updatable = false)
    private UUID roleId;

    protected StageRole() {
    }

    public StageRole(UUID tenantId, UUID stageId, UUID roleId) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.stageId = stageId;
        this.roleId = roleId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public UUID getRoleId() {
        return roleId;
    }
}
