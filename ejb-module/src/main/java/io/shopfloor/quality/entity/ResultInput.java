package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A worker's answer to one item: passed or not for a pass/fail item, the reading for a
 * measurement (whether it passes is decided from the limits, never given).
 */
public record ResultInput(
        @NotNull(message = "{input.required}") UUID itemId,
        Boolean passed,
        @Digits(integer = 10, fraction = 4, message = "{input.fractionDigits}") BigDecimal reading,
        @Size(max = 2000, message = "{input.tooLong}") String notes) implements Serializable {

    private static final long serialVersionUID = 1L;
}
