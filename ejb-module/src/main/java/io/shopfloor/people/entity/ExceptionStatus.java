package io.shopfloor.people.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** Where an exception stands */
public enum ExceptionStatus implements Coded, Labelled {
    REQUESTED("requested"),
    APPROVED("approved"),
    DENIED("denied");

    private final String code;

    ExceptionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ExceptionStatus ofCode(String code) {
        return Coded.ofCode(ExceptionStatus.class, code);
    }

    @Override
    public Message label() {
        return Message.of(" a worker's request waits for a manager's decision; a manager's entry is approved at once.:availability.status." + code);
    }
}
