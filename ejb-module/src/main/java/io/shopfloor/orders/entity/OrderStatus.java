package io.shopfloor.orders.entity;

import java.util.EnumSet;
import java.util.Set;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** Where an order stands, and which status may follow which. */
public enum OrderStatus implements Coded, Labelled {
    PENDING("pending"),
    IN_PRODUCTION("in_production"),
    COMPLETED("completed"),
    SHIPPED("shipped"),
    ON_HOLD("on_hold");

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    /** The value stored in the database and used in the API. */
    @Override
    public String code() {
        return code;
    }


    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(IN_PRODUCTION, ON_HOLD);
            case IN_PRODUCTION -> EnumSet.of(COMPLETED, ON_HOLD);
            case COMPLETED -> EnumSet.of(SHIPPED);
            case SHIPPED -> EnumSet.noneOf(OrderStatus.class);
            case ON_HOLD -> EnumSet.of(PENDING, IN_PRODUCTION);
        };
    }

    public boolean canBecome(OrderStatus target) {
        return next().contains(target);
    }

    public static OrderStatus ofCode(String code) {
        return Coded.ofCode(OrderStatus.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("order.status." + code);
    }
}
