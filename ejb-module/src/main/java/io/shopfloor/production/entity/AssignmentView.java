package io.shopfloor.production.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A batch's work at one stage. {@code current}: the batch is at this stage now; only then can the
 * work start or complete. {@code lastStage}: it is current and the last of the batch's route, so
 * completing it completes the batch and its orders.
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
        OffsetDateTime openedAt,
        OffsetDateTime startedAt,
        OffsetDateTime completedAt,
        String completedByName,
        boolean current,
        boolean lastStage,
        long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Duration timeSpent() {
        return startedAt == null || completedAt == null ? null : Duration.between(startedAt, completedAt);
    }

    public boolean isStarted() {
        return startedAt != null;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
