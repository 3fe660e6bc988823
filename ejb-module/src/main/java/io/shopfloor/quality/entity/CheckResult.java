package io.shopfloor.quality.entity;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A check's answer to one item. For a measurement the database decides {@code passed} from the
 * reading and the item's limits, whatever is written here.
 */
@Entity
@Table(name = "quality_check_results")
public class CheckResult {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "check_id", nullable = false, updatable = false)
    private UUID checkId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(nullable = false)
    private boolean passed;

    private BigDecimal reading;

    private String notes;

    protected CheckResult() {
    }

    public CheckResult(QualityCheck check, UUID itemId) {
        this.id = UUID.randomUUID();
        this.tenantId = check.getTenantId();
        this.checkId = check.getId();
        this.itemId = itemId;
    }

    public void record(boolean passed, BigDecimal reading, String notes) {
        this.passed = passed;
        this.reading = reading;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getCheckId() {
        return checkId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public boolean isPassed() {
        return passed;
    }

    public BigDecimal getReading() {
        return reading;
    }

    public String getNotes() {
        return notes;
    }
}
