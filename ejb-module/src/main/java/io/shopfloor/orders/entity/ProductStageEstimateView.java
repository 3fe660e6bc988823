package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** A product's estimate for one production stage, with the stage's name and whether it is still active. */
public record ProductStageEstimateView(UUID stageId, String stageName, boolean stageActive, BigDecimal hours, int position,
                                       boolean required) implements Serializable {

    private static final long serialVersionUID = 1L;
}
