package io.shopfloor.web.screens.products;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** One production stage's row of the product form's estimates: hours empty means no estimate. */
public class StageEstimateRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID stageId;
    private final String stageName;
    private final boolean stageActive;
    private BigDecimal hours;
    private boolean required;

    public StageEstimateRow(UUID stageId, String stageName, boolean stageActive, BigDecimal hours, boolean required) {
        this.stageId = stageId;
        this.stageName = stageName;
        this.stageActive = stageActive;
        this.hours = hours;
        this.required = required;
    }

    public UUID getStageId() {
        return stageId;
    }

    public String getStageName() {
        return stageName;
    }

    public boolean isStageActive() {
        return stageActive;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
