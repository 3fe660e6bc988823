package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.util.UUID;

/** One option of a product (e.g. a wood a model is offered in). */
public record ProductOptionView(UUID id, UUID productId, String name, boolean active, int position) implements Serializable {

    private static final long serialVersionUID = 1L;
}
