package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the orders list: what the list shows, read in one query with the customer's and the
 * product's name (null when the order names no product).
 */
public record OrderSummary(UUID id, String orderNumber, UUID customerId, String customerName, OrderStatus status,
                           OrderPriority priority, LocalDate dueDate, OffsetDateTime createdAt, long version,
                           Map<String, Object> customFields, String productName) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OrderSummary {
        customFields = customFields == null ? Map.of() : customFields;
    }
}
