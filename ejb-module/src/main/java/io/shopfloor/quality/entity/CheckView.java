package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.shopfloor.production.entity.QualityStatus;

/** A check with its checklist's items and results; {@code status} is set once it is completed. */
public record CheckView(UUID id, UUID batchId, String batchNumber, UUID orderId, String orderNumber, UUID stageId,
        String stageName, UUID templateId, String checklistName, int revision, UUID workerId, String workerName,
        QualityStatus status, String notes, OffsetDateTime openedAt, OffsetDateTime completedAt, long version,
        List<CheckItemView> items, UUID issueId, String issueNumber) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CheckView {
        items = List.copyOf(items);
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** From opened to completed; null while open. */
    public Duration timeTaken() {
        return completedAt == null ? null : Duration.between(openedAt, completedAt);
    }
}
