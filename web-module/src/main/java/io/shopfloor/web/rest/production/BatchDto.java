package io.shopfloor.web.rest.production;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.shopfloor.production.entity.BatchView;

/** A batch with its orders and its work per stage, in stage order. */
public record BatchDto(UUID id, String batchNumber, String priority, String qualityStatus, UUID stageId, String stageName,
                       LocalDate targetCompletion, OffsetDateTime completedAt, String notes, OffsetDateTime createdAt, long version,
                       List<OrderLine> orders, List<AssignmentDto> stages) {

    /** An order of the batch. */
    public record OrderLine(UUID id, String orderNumber, String customerName, String productName, String status, LocalDate dueDate) {
    }

    static BatchDto of(BatchView b) {
        return new BatchDto(b.id(), b.batchNumber(), b.priority().code(), b.qualityStatus().code(), b.stageId(), b.stageName(),
                b.targetCompletion(), b.completedAt(), b.notes(), b.createdAt(), b.version(),
                b.orders().stream().map(o -> new OrderLine(o.orderId(), o.orderNumber(), o.customerName(), o.productName(), o.status().code(),
                        o.dueDate())).toList(),
                b.assignments().stream().map(AssignmentDto::of).toList());
    }
}
