package io.shopfloor.production.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.shopfloor.orders.entity.OrderStatus;

/** A batch with its orders and its work at every stage (in stage order). */
public record BatchView(
        UUID id,
        String batchNumber,
        BatchPriority priority,
        QualityStatus qualityStatus,
        UUID stageId,
        String stageName,
        LocalDate targetCompletion,
        OffsetDateTime completedAt,
        String notes,
        OffsetDateTime createdAt,
        long version,
        List<BatchOrderView> orders,
        List<AssignmentView> assignments,
        /** Whether the current stage is the last of the batch's route: moving on completes the batch and its orders. */
        boolean atLastStage) implements Serializable {

    private static final long serialVersionUID = 1L;

    public BatchView {
        orders = List.copyOf(orders);
        assignments = List.copyOf(assignments);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** An order of the batch as the batch screen lists it. */
    public record BatchOrderView(UUID orderId, String orderNumber, String customerName, String productName,
            OrderStatus status, LocalDate dueDate) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
