package io.shopfloor.orders.entity;

import io.shopfloor.platform.messages.Message;
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

    /**
     * The step's reason in words, the one wording the order's history and the audit trail share:
     * production's causes with their batch, a person's note as written (null when they wrote none).
     */
    public Message reason(String batchNumber, String note) {
        return switch (this) {
            case CREATED -> Message.of("orders.history.created");
            case ADDED_TO_BATCH -> Message.of("orders.history.addedToBatch", batchNumber);
            case REMOVED_FROM_BATCH -> Message.of("orders.history.removedFromBatch", batchNumber);
            case BATCH_COMPLETED -> Message.of("orders.history.batchCompleted", batchNumber);
            case CHANGED -> note == null || note.isEmpty() ? null : Message.verbatim(note);
        };
    }

    public static StatusChangeCause ofCode(String code) {
        return Coded.ofCode(StatusChangeCause.class, code);
    }

    /** Production's causes name the batch (the database holds them to it). */
    public boolean namesBatch() {
        return this == ADDED_TO_BATCH || this == REMOVED_FROM_BATCH || this == BATCH_COMPLETED;
    }
}
