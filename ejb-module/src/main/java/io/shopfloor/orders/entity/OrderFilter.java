package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Filters of the orders list; null means "any". {@code text} matches order number or customer
 * name; {@code customFields} maps a custom field's key to the value orders must have (for a multi
 * select: one of the chosen options).
 */
public record OrderFilter(OrderStatus status, OrderPriority priority, UUID customerId, LocalDate dueFrom,
                          LocalDate dueTo, String text, Map<String, String> customFields) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OrderFilter {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    public OrderFilter(OrderStatus status, OrderPriority priority, UUID customerId, LocalDate dueFrom, LocalDate dueTo, String text) {
        this(status, priority, customerId, dueFrom, dueTo, text, Map.of());
    }

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null);
    }
}
