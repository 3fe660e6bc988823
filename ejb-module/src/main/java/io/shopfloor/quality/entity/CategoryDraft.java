package io.shopfloor.quality.entity;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator sets on an issue category. */
public record CategoryDraft(
        @NotBlank(message = "{input.required}") @Size(max = 100, message = "{input.tooLong}") String name,
        @Size(max = 2000, message = "{input.tooLong}") String description,
        @NotNull(message = "{input.required}") Severity defaultSeverity,
        @Min(value = 1, message = "{input.atLeast}") @Max(value = 8760, message = "{input.atMost}") int slaHours) implements Serializable {

    private static final long serialVersionUID = 1L;
}
