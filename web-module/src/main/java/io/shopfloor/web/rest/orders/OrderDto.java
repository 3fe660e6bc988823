package io.shopfloor.web.rest.orders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.orders.entity.OrderView;

/**
 * An order as JSON; status and priority as their codes ({@code in_production}, {@code rush});
 * {@code internalNotes} is null for callers without {@code orders:internal}.
 */
public record OrderDto(UUID id, String orderNumber, UUID customerId, String customerName, String status, String priority,
                       LocalDate dueDate, String notes, Map<String, Object> customFields, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt, long version, UUID productId, String productName, UUID optionId,
                       String optionName, Map<String, Object> customizations, String internalNotes) {

    static OrderDto of(OrderView o) {
        return new OrderDto(o.id(), o.orderNumber(), o.customerId(), o.customerName(), o.status().code(), o.priority().code(),
                o.dueDate(), o.notes(), o.customFields(), o.createdAt(), o.updatedAt(), o.version(), o.productId(), o.productName(),
                o.optionId(), o.optionName(), o.customizations(), o.internalNotes());
    }

    /** List rows carry no notes, product or customizations: fetch the order for those. */
    static OrderDto of(OrderSummary o) {
        return new OrderDto(o.id(), o.orderNumber(), o.customerId(), o.customerName(), o.status().code(), o.priority().code(),
                o.dueDate(), null, o.customFields(), o.createdAt(), null, o.version(), null, null, null, null, null, null);
    }
}
