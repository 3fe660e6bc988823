package io.shopfloor.web.rest.production;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.shopfloor.production.entity.AssignmentView;

/**
 * A batch's work at one stage. {@code id} is null for a stage nobody planned yet; {@code current}
 * says the batch is at this stage now; {@code hoursSpent} is from start to completion.
 */
public record AssignmentDto(UUID id, UUID batchId, String batchNumber, UUID stageId, String stageName, BigDecimal estimatedHours,
                            UUID workerId, String workerName, OffsetDateTime openedAt, OffsetDateTime startedAt,
                            OffsetDateTime completedAt, String completedByName, Double hoursSpent, boolean current, long version) {

    static AssignmentDto of(AssignmentView a) {
        Double hours = a.timeSpent() == null ? null : a.timeSpent().toSeconds() / 3600.0;
        return new AssignmentDto(a.id(), a.batchId(), a.batchNumber(), a.stageId(), a.stageName(), a.estimatedHours(), a.workerId(),
                a.workerName(), a.openedAt(), a.startedAt(), a.completedAt(), a.completedByName(), hours, a.current(), a.version());
    }
}
