package io.shopfloor.people.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Size;

/** What a manager sets on a worker's profile; every field may be left empty. */
public record ProfileDraft(
        @Size(max = 40, message = "{input.tooLong}") String employeeNumber,
        @Size(max = 100, message = "{input.tooLong}") String department,
        LocalDate hireDate,
        @Size(max = 40, message = "{input.tooLong}") String phone,
        @Size(max = 5000, message = "{input.tooLong}") String notes,
        Map<String, Object> customFields) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static ProfileDraft empty() {
        return new ProfileDraft(null, null, null, null, null, null);
    }

    public Map<String, Object> customFieldsOrEmpty() {
        return customFields == null ? Map.of() : customFields;
    }
}
