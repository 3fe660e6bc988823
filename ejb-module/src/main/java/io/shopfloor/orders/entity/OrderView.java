package io.shopfloor.orders.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

public record OrderView(UUID id, String orderNumber, UUID customerId, String customerName, OrderStatus status,
                        OrderPriority priority, LocalDate dueDate, String notes, Map<String, Object> customFields,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
