package io.shopfloor.people.entity;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A worker's row of the team calendar: one entry per day asked for. */
public record WorkerCalendar(UUID userId, String name, List<CalendarDay> days) implements Serializable {

    private static final long serialVersionUID = 1L;
}
