package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A day off or of other hours: the day, its kind, the hours the worker is there that day (0 for a whole day off), a note. */
public record ExceptionDraft(
        @NotNull(message = "{input.required}") LocalDate day,
        @NotNull(message = "{input.required}") ExceptionKind kind,
        @NotNull(message = "{input.required}") @DecimalMin(value = "0", message = "{input.notNegative}")
        @DecimalMax(value = "24", message = "{input.atMost}") @Digits(integer = 2, fraction = 2, message = "{input.decimals}") BigDecimal hours,
        @Size(max = 1000, message = "{input.tooLong}") String note) implements Serializable {

    private static final long serialVersionUID = 1L;
}
