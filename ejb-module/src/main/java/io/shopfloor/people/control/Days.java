package io.shopfloor.people.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.shopfloor.platform.errors.InvalidInputException;

/** A range of days a calendar, the workload or a time list asks for: both ends given, in order, at most {@value #MAX_DAYS} days. */
public record Days(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 62;

    public Days {
        if (from == null) {
            throw InvalidInputException.of("from", "input.required");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "input.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "input.onOrAfter", from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("to", "input.onOrBefore", from.plusDays(MAX_DAYS - 1));
        }
    }

    public long count() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
