package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.shopfloor.production.entity.QualityStatus;

/** A check as a batch's or an order's list of checks shows it. */
public record CheckSummary(UUID id, UUID batchId, String batchNumber, UUID orderId, String orderNumber, String stageName,
        String checklistName, int revision, String workerName, QualityStatus status, OffsetDateTime openedAt,
        OffsetDateTime completedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
