package io.shopfloor.production.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A batch as the board and lists show it: where it is, how urgent, how many orders, when due (the
 * target completion, else the earliest due date of its orders) and who works on it now.
 */
public record BatchCard(
        UUID id,
        String batchNumber,
        BatchPriority priority,
        QualityStatus qualityStatus,
        UUID stageId,
        String stageName,
        long orderCount,
        LocalDate dueDate,
        UUID workerId,
        String workerName,
        OffsetDateTime completedAt,
        long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isOverdue(LocalDate today) {
        return completedAt == null && dueDate != null && dueDate.isBefore(today);
    }
}
