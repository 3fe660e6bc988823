package io.shopfloor.production.entity;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stage of the workshop (Sanding, Finishing, …); deactivated rather than deleted. */
@Entity
@Table(name = "production_stages")
public class ProductionStage {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String name;

    private int position;

    @Column(name = "estimated_hours")
    private BigDecimal estimatedHours;

    private boolean active = true;

    @Version
    private long version;

    protected ProductionStage() {
    }

    public ProductionStage(UUID tenantId, int position, StageDraft draft) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.position = position;
        apply(draft);
    }

    public void apply(StageDraft draft) {
        this.name = draft.name().strip();
        this.estimatedHours = draft.estimatedHours();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getEstimatedHours() {
        return estimatedHours;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
