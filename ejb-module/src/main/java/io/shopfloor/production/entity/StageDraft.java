package io.shopfloor.production.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator enters for a production stage; {@code estimatedHours} is optional. */
public record StageDraft(
        @NotBlank(message = "{input.required}") @Size(max = 100, message = "{input.tooLong}") String name,
        @DecimalMin(value = "0", message = "{input.notNegative}")
        @DecimalMax(value = "999999", message = "{input.atMost}")
        @Digits(integer = 6, fraction = 2, message = "{input.fractionDigits}") BigDecimal estimatedHours,
        List<UUID> roleIds) implements Serializable {

    private static final long serialVersionUID = 1L;

    public StageDraft {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }
}
