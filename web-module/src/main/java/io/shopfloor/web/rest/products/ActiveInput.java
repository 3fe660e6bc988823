package io.shopfloor.web.rest.products;

/** Body of POST /products/{id}/active: whether new orders may choose the product, and the version you read. */
public record ActiveInput(Boolean active, Long version) {
}
