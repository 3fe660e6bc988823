package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One worker's day on the calendar: the hours they are available (the database's one calendar),
 * the organization's holiday that day if any, and their exception if any (a request shows before
 * it is decided, but counts only once approved).
 */
public record CalendarDay(LocalDate day, BigDecimal available, String holiday, ExceptionView exception) implements Serializable {

    private static final long serialVersionUID = 1L;
}
