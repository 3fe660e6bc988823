package io.shopfloor.orders.entity;

import io.shopfloor.platform.types.Coded;

/** Why an order's status changed: a person's change (with their reason), or one of production's. */
public enum StatusChangeCause implements Coded {
    CREATED("created"),
    CHANGED("changed"),
    ADDED_TO_BATCH("added_to_batch"),
    REMOVED_FROM_BATCH("removed_from_batch"),
    BATCH_COMPLETED("batch_completed");

    private final String code;

    StatusChangeCause(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Production's causes name the batch (the database holds them to it). */
    public boolean namesBatch() {
        return this == ADDED_TO_BATCH || this == REMOVED_FROM_BATCH || this == BATCH_COMPLETED;
    }
}
