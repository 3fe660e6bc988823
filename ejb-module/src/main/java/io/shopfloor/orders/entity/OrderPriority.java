package io.shopfloor.orders.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

public enum OrderPriority implements Coded, Labelled {
    STANDARD("standard"),
    RUSH("rush"),
    EXPEDITE("expedite");

    private final String code;

    OrderPriority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static OrderPriority ofCode(String code) {
        return Coded.ofCode(OrderPriority.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("priority." + code);
    }
}
