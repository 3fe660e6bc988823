package io.shopfloor.web.rest.orders;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import io.shopfloor.orders.entity.StatusChangeView;

/**
 * One step of an order's history: {@code cause} and {@code batchNumber} for programs, {@code note} as
 * the person wrote it, {@code reason} in words in the request's language.
 */
public record StatusChangeDto(String oldStatus, String newStatus, UUID changedBy, String changedByName, String cause,
                              String batchNumber, String note, String reason, OffsetDateTime changedAt) {

    static StatusChangeDto of(StatusChangeView h, Locale language) {
        return new StatusChangeDto(h.oldStatus() == null ? null : h.oldStatus().code(), h.newStatus().code(), h.changedBy(),
                h.changedByName(), h.cause().code(), h.batchNumber(), h.note(), h.reason().in(language), h.changedAt());
    }
}
