package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change a customer. */
public record CustomerDraft(
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String name,
        @Email(message = "{input.email}") @Size(max = 254, message = "{input.tooLong}") String email,
        @Size(max = 50, message = "{input.tooLong}") String phone,
        @Size(max = 10000, message = "{input.tooLong}") String notes,
        Map<String, Object> customFields) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Map<String, Object> customFieldsOrEmpty() {
        return customFields == null ? Map.of() : customFields;
    }

    /** The same draft with the custom field values in their checked, stored form. */
    public CustomerDraft withCustomFields(Map<String, Object> checked) {
        return new CustomerDraft(name, email, phone, notes, checked);
    }
}
