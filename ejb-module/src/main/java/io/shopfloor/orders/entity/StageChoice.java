package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.util.UUID;

/** A production stage, as product forms offer it for an estimate (in the stages' order). */
public record StageChoice(UUID id, String name, boolean active) implements Serializable {

    private static final long serialVersionUID = 1L;
}
