package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One item as an administrator writes it. A measurement names its unit and at least one limit;
 * a pass/fail item has neither (what it is given of them is dropped).
 */
public record ItemDraft(
        @NotBlank(message = "{input.required}") @Size(max = 100, message = "{input.tooLong}") String category,
        @NotBlank(message = "{input.required}") @Size(max = 500, message = "{input.tooLong}") String text,
        @Size(max = 2000, message = "{input.tooLong}") String helpText,
        ItemKind kind,
        @Size(max = 20, message = "{input.tooLong}") String unit,
        @Digits(integer = 10, fraction = 4, message = "{input.fractionDigits}") BigDecimal nominalValue,
        @Digits(integer = 10, fraction = 4, message = "{input.fractionDigits}") BigDecimal lowerLimit,
        @Digits(integer = 10, fraction = 4, message = "{input.fractionDigits}") BigDecimal upperLimit,
        Severity severity,
        boolean required,
        boolean photoRequired) implements Serializable {

    private static final long serialVersionUID = 1L;
}
