package io.shopfloor.orders.entity;

import java.util.UUID;

/** One option of a product (e.g. a wood a model is offered in). */
public record ProductOptionView(UUID id, UUID productId, String name, boolean active, int position) {
}
