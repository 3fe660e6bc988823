package io.shopfloor.web.rest.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.shopfloor.people.control.WorkHours;
import io.shopfloor.production.entity.AssignmentView;

/**
 * A batch's work at one stage. {@code id} is null for a stage nobody planned yet; {@code current}
 * says the batch is at this stage now; {@code hoursSpent} is the time on it from the workers'
 * intervals (running ones up to now, as far as the caller may read them), {@code runningFor} whose
 * time runs on it now, {@code pausedFor} why it stopped last while nobody's runs.
 */
public record AssignmentDto(UUID id, UUID batchId, String batchNumber, UUID stageId, String stageName, BigDecimal estimatedHours,
                            UUID workerId, String workerName, LocalDate plannedOn, OffsetDateTime openedAt, OffsetDateTime startedAt,
                            OffsetDateTime completedAt, String completedByName, BigDecimal hoursSpent, List<UUID> runningFor,
                            String pausedFor, boolean current, long version) {

    static AssignmentDto of(AssignmentView a) {
        return new AssignmentDto(a.id(), a.batchId(), a.batchNumber(), a.stageId(), a.stageName(), a.estimatedHours(), a.workerId(),
                a.workerName(), a.plannedOn(), a.openedAt(), a.startedAt(), a.completedAt(), a.completedByName(),
                WorkHours.plain(a.time().hours()), List.copyOf(a.time().runningFor()),
                a.pausedFor() == null ? null : a.pausedFor().code(), a.current(), a.version());
    }
}
