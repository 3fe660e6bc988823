package io.shopfloor.web.rest.orders;

/** Body of POST /orders/{id}/status. */
public record StatusChangeInput(String status, String reason, Long version) {
}
