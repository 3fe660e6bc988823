package io.shopfloor.people.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** Time outside stage work, entered by hand. */
public enum TimeCategory implements Coded, Labelled {
    MAINTENANCE("maintenance"),
    TRAINING("training"),
    CLEANING("cleaning"),
    OTHER("other");

    private final String code;

    TimeCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static TimeCategory ofCode(String code) {
        return Coded.ofCode(TimeCategory.class, code);
    }

    @Override
    public Message label() {
        return Message.of("timeCategory." + code);
    }
}
