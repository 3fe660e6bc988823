package io.shopfloor.web.rest.orders;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.shopfloor.orders.entity.StatusChangeView;

public record StatusChangeDto(String oldStatus, String newStatus, UUID changedBy, String changedByName, String reason,
                              OffsetDateTime changedAt) {

    static StatusChangeDto of(StatusChangeView h) {
        return new StatusChangeDto(h.oldStatus() == null ? null : h.oldStatus().code(), h.newStatus().code(), h.changedBy(),
                h.changedByName(), h.reason(), h.changedAt());
    }
}
