package io.shopfloor.orders.entity;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change a customer. */
public record CustomerDraft(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Email(message = "must be an e-mail address") @Size(max = 254, message = "must be at most 254 characters") String email,
        @Size(max = 50, message = "must be at most 50 characters") String phone,
        @Size(max = 10000, message = "must be at most 10000 characters") String notes,
        Map<String, Object> customFields) {

    public Map<String, Object> customFieldsOrEmpty() {
        return customFields == null ? Map.of() : customFields;
    }

    /** The same draft with the custom field values in their checked, stored form. */
    public CustomerDraft withCustomFields(Map<String, Object> checked) {
        return new CustomerDraft(name, email, phone, notes, checked);
    }
}
