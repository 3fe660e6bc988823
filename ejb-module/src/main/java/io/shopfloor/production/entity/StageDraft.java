package io.shopfloor.production.entity;

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
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "999999", message = "must be at most 999999")
        @Digits(integer = 6, fraction = 2, message = "may have at most 2 decimals") BigDecimal estimatedHours,
        List<UUID> roleIds) {

    public StageDraft {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }
}
