package io.shopfloor.web.rest.production;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.shopfloor.production.entity.BatchCard;

/** A batch in a list: where it is, how urgent, how many orders, when due, who works on it now. */
public record BatchCardDto(UUID id, String batchNumber, String priority, String qualityStatus, UUID stageId, String stageName,
                           long orderCount, LocalDate dueDate, UUID workerId, String workerName, OffsetDateTime completedAt, long version) {

    static BatchCardDto of(BatchCard c) {
        return new BatchCardDto(c.id(), c.batchNumber(), c.priority().code(), c.qualityStatus().code(), c.stageId(), c.stageName(),
                c.orderCount(), c.dueDate(), c.workerId(), c.workerName(), c.completedAt(), c.version());
    }
}
