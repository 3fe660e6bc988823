package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.util.UUID;

import io.shopfloor.production.entity.QualityStatus;

/**
 * A check a batch needs before leaving its current stage: the applicable checklist (for one
 * order where it is filed per order) and the newest completed check of it, if any.
 */
public record CheckNeed(UUID templateId, String checklistName, UUID orderId, String orderNumber, UUID checkId,
        QualityStatus checkStatus) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the newest check lets the batch pass: good, or good enough (warning). */
    public boolean passing() {
        return checkStatus == QualityStatus.GOOD || checkStatus == QualityStatus.WARNING;
    }

    /** The checklist's name, with the order when it is filed per order. */
    public String label() {
        return orderNumber == null ? checklistName : checklistName + " (" + orderNumber + ")";
    }
}
