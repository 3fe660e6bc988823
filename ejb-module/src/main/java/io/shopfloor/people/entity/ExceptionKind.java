package io.shopfloor.people.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** A dated exception to a worker's usual hours. */
public enum ExceptionKind implements Coded, Labelled {
    LEAVE("leave"),
    HALF_DAY("half_day"),
    OVERTIME("overtime"),
    HOLIDAY("holiday");

    private final String code;

    ExceptionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ExceptionKind ofCode(String code) {
        return Coded.ofCode(ExceptionKind.class, code);
    }

    @Override
    public Message label() {
        return Message.of("people.exceptionKind." + code);
    }
}
