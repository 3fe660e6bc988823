package io.shopfloor.web.rest.orders;

import java.util.Map;

import io.shopfloor.orders.entity.CustomerDraft;

/** Body of POST and PUT /customers; {@code version} is required on PUT (the one you read). */
public record CustomerInput(String name, String email, String phone, String notes, Map<String, Object> customFields, Long version) {

    CustomerDraft draft() {
        return new CustomerDraft(name, email, phone, notes, customFields);
    }
}
