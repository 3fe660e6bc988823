package io.shopfloor.web.rest.orders;

import java.util.Map;

/** Body of POST and PUT /orders; {@code version} is required on PUT (the one you read). */
public record OrderInput(String customerId, String priority, String dueDate, String notes, Map<String, Object> customFields, Long version,
                         String productId, String optionId, Map<String, Object> customizations, String internalNotes) {
}
