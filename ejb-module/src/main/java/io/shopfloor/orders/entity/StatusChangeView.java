package io.shopfloor.orders.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

public record StatusChangeView(OrderStatus oldStatus, OrderStatus newStatus, UUID changedBy, String changedByName,
                               String reason, OffsetDateTime changedAt) {
}
