package io.shopfloor.people.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** An organization holiday as the calendar and the API show it. */
public record HolidayView(UUID id, LocalDate day, String name, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static HolidayView of(Holiday holiday) {
        return new HolidayView(holiday.getId(), holiday.getDay(), holiday.getName(), holiday.getVersion());
    }
}
