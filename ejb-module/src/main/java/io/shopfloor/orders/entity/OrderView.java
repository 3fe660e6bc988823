package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** An order as callers see it; {@code internalNotes} is null for callers without {@code orders:internal}. */
public record OrderView(UUID id, String orderNumber, UUID customerId, String customerName, OrderStatus status,
                        OrderPriority priority, LocalDate dueDate, String notes, Map<String, Object> customFields,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
                        UUID productId, String productName, UUID optionId, String optionName,
                        Map<String, Object> customizations, String internalNotes) implements Serializable {

    private static final long serialVersionUID = 1L;
}
