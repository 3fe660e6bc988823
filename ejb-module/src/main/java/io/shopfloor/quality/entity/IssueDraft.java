package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What someone reports as an issue, or changes on one: a batch and/or an order, the stage, the
 * category, a severity (the category's default when absent), title, description, who it is
 * assigned to, and its custom fields.
 */
public record IssueDraft(
        UUID batchId,
        UUID orderId,
        UUID stageId,
        @NotNull(message = "{input.required}") UUID categoryId,
        Severity severity,
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String title,
        @Size(max = 10000, message = "{input.tooLong}") String description,
        UUID assignedTo,
        Map<String, Object> customFields) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Map<String, Object> customFieldsOrEmpty() {
        return customFields == null ? Map.of() : customFields;
    }

    public IssueDraft withCustomFields(Map<String, Object> checked) {
        return new IssueDraft(batchId, orderId, stageId, categoryId, severity, title, description, assignedTo, checked);
    }
}
