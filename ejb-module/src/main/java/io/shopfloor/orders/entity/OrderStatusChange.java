package io.shopfloor.orders.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.shopfloor.platform.types.NullableUuidConverter;

/** One step of an order's status history: written once, never changed. */
@Entity
@Table(name = "order_status_history")
public class OrderStatusChange {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "old_status", updatable = false)
    private OrderStatus oldStatus;

    @Column(name = "new_status", nullable = false, updatable = false)
    private OrderStatus newStatus;

    @Column(name = "changed_by", updatable = false)
    private UUID changedBy;

    @Column(nullable = false, updatable = false)
    private StatusChangeCause cause;

    @Column(name = "batch_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID batchId;

    /** What the person who changed the status wrote; production's causes need none. */
    @Column(updatable = false)
    private String reason;

    @Column(name = "changed_at", insertable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected OrderStatusChange() {
    }

    public OrderStatusChange(Order order, OrderStatus oldStatus, UUID changedBy, StatusChangeCause cause, UUID batchId, String reason) {
        if (cause.namesBatch() != (batchId != null)) {
            throw new IllegalArgumentException("production's causes, and only they, name a batch");
        }
        this.id = UUID.randomUUID();
        this.tenantId = order.getTenantId();
        this.orderId = order.getId();
        this.oldStatus = oldStatus;
        this.newStatus = order.getStatus();
        this.changedBy = changedBy;
        this.cause = cause;
        this.batchId = batchId;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
