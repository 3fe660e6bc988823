package io.shopfloor.orders.entity;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change an order. */
public record OrderDraft(
        @NotNull(message = "choose a customer") UUID customerId,
        OrderPriority priority,
        LocalDate dueDate,
        @Size(max = 10000, message = "must be at most 10000 characters") String notes,
        Map<String, Object> customFields) {

    public Map<String, Object> customFieldsOrEmpty() {
        return customFields == null ? Map.of() : customFields;
    }

    /** The same draft with the custom field values in their checked, stored form. */
    public OrderDraft withCustomFields(Map<String, Object> checked) {
        return new OrderDraft(customerId, priority, dueDate, notes, checked);
    }
}
