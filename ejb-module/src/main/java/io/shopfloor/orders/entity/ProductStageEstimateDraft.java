package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One stage estimate as a user enters it. {@code position} orders the estimates (those without one
 * follow, in the order given) and is stored as 0, 1, 2, …; {@code required} is true unless given.
 */
public record ProductStageEstimateDraft(UUID stageId, BigDecimal hours, Integer position, Boolean required) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean requiredOrDefault() {
        return required == null || required;
    }
}
