package io.shopfloor.production.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** How urgently a batch goes through the workshop (seed 000: standard, rush, expedite). */
public enum BatchPriority implements Coded, Labelled {
    STANDARD("standard"),
    RUSH("rush"),
    EXPEDITE("expedite");

    private final String code;

    BatchPriority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static BatchPriority ofCode(String code) {
        return Coded.ofCode(BatchPriority.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("priority." + code);
    }
}
