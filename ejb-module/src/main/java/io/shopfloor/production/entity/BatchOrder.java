package io.shopfloor.production.entity;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.shopfloor.platform.types.NullableUuidConverter;

/**
 * An order in a batch. Whether the batch is still open is kept by the database (batch_open,
 * behind the one-open-batch-per-order index), so it is not mapped here.
 */
@Entity
@Table(name = "batch_orders")
public class BatchOrder {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private UUID batchId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "added_by", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID addedBy;

    protected BatchOrder() {
    }

    public BatchOrder(UUID tenantId, UUID batchId, UUID orderId, UUID addedBy) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.batchId = batchId;
        this.orderId = orderId;
        this.addedBy = addedBy;
    }

    /** The number of the incomplete batch the order is in, if any: the one place that question is asked. */
    public static Optional<String> openBatchNumber(EntityManager em, UUID orderId) {
        return em.createQuery("SELECT b.batchNumber FROM BatchOrder m, Batch b WHERE b.id = m.batchId AND m.orderId = :order"
                        + " AND b.completedAt IS NULL", String.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }

    public UUID getId() {
        return id;
    }

    public UUID getBatchId() {
        return batchId;
    }

    public UUID getOrderId() {
        return orderId;
    }
}
