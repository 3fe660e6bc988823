package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * The time spent on one piece of stage work, from its intervals: hours (running ones up to now),
 * who is on it right now, and how the last interval ended (a pause reason while paused).
 */
public record WorkTime(BigDecimal hours, Set<UUID> runningFor, IntervalEnd lastEnd) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final WorkTime NONE = new WorkTime(BigDecimal.ZERO, Set.of(), null);

    public boolean runningFor(UUID userId) {
        return userId != null && runningFor.contains(userId);
    }
}
