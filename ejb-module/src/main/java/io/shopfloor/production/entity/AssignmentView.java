package io.shopfloor.production.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.people.entity.WorkTime;

/**
 * A batch's work at one stage. {@code current}: the batch is at this stage now; only then can the
 * work start or complete. {@code lastStage}: it is current and the last of the batch's route, so
 * completing it completes the batch and its orders. {@code estimatedHours}: the batch's orders'
 * estimates for the stage; {@code plannedOn}: the day it is planned for; {@code time}: the time
 * spent on it, from its intervals, as far as the reader may see them.
 */
public record AssignmentView(
        UUID id,
        UUID batchId,
        String batchNumber,
        BatchPriority priority,
        UUID stageId,
        String stageName,
        BigDecimal estimatedHours,
        UUID workerId,
        String workerName,
        LocalDate plannedOn,
        OffsetDateTime openedAt,
        OffsetDateTime startedAt,
        OffsetDateTime completedAt,
        String completedByName,
        boolean current,
        boolean lastStage,
        WorkTime time,
        long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The time spent, from its intervals; none before anyone worked on it. */
    public Duration timeSpent() {
        return time.hours().signum() == 0 ? null : Duration.ofSeconds(time.hours().multiply(BigDecimal.valueOf(3600)).longValue());
    }

    public boolean isStarted() {
        return startedAt != null;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** Whether {@code userId}'s time runs on it now. */
    public boolean runningFor(UUID userId) {
        return time.runningFor(userId);
    }

    /** Why the work stopped last, while nobody's time runs on it (a pause reason, when paused). */
    public IntervalEnd pausedFor() {
        return time.runningFor().isEmpty() ? time.lastEnd() : null;
    }
}
