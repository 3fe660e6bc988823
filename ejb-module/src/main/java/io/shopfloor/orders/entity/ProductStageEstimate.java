package io.shopfloor.orders.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How long one production stage takes for one product, where the estimate is shown among the
 * product's others, and whether the product goes through the stage at all. One per product and
 * stage; saved with the product, which carries the version.
 */
@Entity
@Table(name = "product_stage_estimates")
public class ProductStageEstimate {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    private UUID stageId;

    private BigDecimal hours;

    private int position;

    private boolean required;

    protected ProductStageEstimate() {
    }

    public ProductStageEstimate(UUID tenantId, UUID productId, UUID stageId, BigDecimal hours, int position, boolean required) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.productId = productId;
        this.stageId = stageId;
        change(hours, position, required);
    }

    /** Takes the values (hours of at most 2 decimals); true when one of them differs from what the estimate had. */
    public final boolean change(BigDecimal hours, int position, boolean required) {
        boolean sameHours = this.hours != null && this.hours.compareTo(hours) == 0;
        boolean changed = !sameHours || this.position != position || this.required != required;
        if (!sameHours) {
            // as the column keeps it (numeric(8,2)), so a saved estimate reads the same as a loaded one
            this.hours = hours.setScale(2, RoundingMode.UNNECESSARY);
        }
        this.position = position;
        this.required = required;
        return changed;
    }

    public ProductStageEstimateView view(String stageName, boolean stageActive) {
        return new ProductStageEstimateView(stageId, stageName, stageActive, hours, position, required);
    }

    public UUID getProductId() {
        return productId;
    }

    public UUID getStageId() {
        return stageId;
    }
}
