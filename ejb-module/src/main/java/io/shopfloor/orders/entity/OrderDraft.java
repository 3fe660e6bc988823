package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or change an order. Product and option are optional; when given,
 * the option must be one of the product's. {@code internalNotes} is only read from callers allowed
 * to see internal notes (null from others means "leave them as they are").
 */
public record OrderDraft(
        @NotNull(message = "{input.chooseCustomer}") UUID customerId,
        OrderPriority priority,
        LocalDate dueDate,
        @Size(max = 10000, message = "{input.tooLong}") String notes,
        Map<String, Object> customFields,
        UUID productId,
        UUID optionId,
        Map<String, Object> customizations,
        @Size(max = 10000, message = "{input.tooLong}") String internalNotes) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An order without product, customizations or internal notes. */
    public OrderDraft(UUID customerId, OrderPriority priority, LocalDate dueDate, String notes, Map<String, Object> customFields) {
        this(customerId, priority, dueDate, notes, customFields, null, null, null, null);
    }

    public Map<String, Object> customFieldsOrEmpty() {
        return customFields == null ? Map.of() : customFields;
    }

    public Map<String, Object> customizationsOrEmpty() {
        return customizations == null ? Map.of() : customizations;
    }

    /** The same draft with the custom field values in their checked, stored form. */
    public OrderDraft withCustomFields(Map<String, Object> checked) {
        return new OrderDraft(customerId, priority, dueDate, notes, checked, productId, optionId, customizations, internalNotes);
    }
}
