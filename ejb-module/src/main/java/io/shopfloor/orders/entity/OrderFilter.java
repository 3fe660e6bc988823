package io.shopfloor.orders.entity;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the orders list; null means "any". {@code text} matches order number or customer name. */
public record OrderFilter(OrderStatus status, OrderPriority priority, UUID customerId, LocalDate dueFrom,
                          LocalDate dueTo, String text) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null);
    }
}
