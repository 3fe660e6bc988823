package io.shopfloor.orders.entity;

import java.util.UUID;

/** A production stage, as product forms offer it for an estimate (in the stages' order). */
public record StageChoice(UUID id, String name, boolean active) {
}
