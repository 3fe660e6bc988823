package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.shopfloor.platform.messages.Message;

/**
 * One step of an order's history as people read it. {@code note} is what the person wrote;
 * {@link #reason()} is the step's reason in words: production's causes with their batch, a person's
 * note as written.
 */
public record StatusChangeView(OrderStatus oldStatus, OrderStatus newStatus, UUID changedBy, String changedByName,
                               StatusChangeCause cause, String batchNumber, String note, OffsetDateTime changedAt)
        implements Serializable {

    public Message reason() {
        Message reason = cause.reason(batchNumber, note);
        return reason == null ? Message.verbatim("") : reason;
    }
}
