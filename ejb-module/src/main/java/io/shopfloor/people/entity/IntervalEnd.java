package io.shopfloor.people.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/**
 * Why an interval of stage work ended: one of the pauses a worker chooses (break, waiting for
 * material, machine down, rework), another stage's work started, or the work was completed.
 */
public enum IntervalEnd implements Coded, Labelled {
    BREAK("break"),
    MATERIAL("material"),
    MACHINE("machine"),
    REWORK("rework"),
    SWITCHED("switched"),
    COMPLETED("completed");

    private final String code;

    IntervalEnd(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether a worker may choose it as the reason of a pause. */
    public boolean isPause() {
        return this != SWITCHED && this != COMPLETED;
    }

    public static IntervalEnd ofCode(String code) {
        return Coded.ofCode(IntervalEnd.class, code);
    }

    @Override
    public Message label() {
        return Message.of("interval." + code);
    }
}
