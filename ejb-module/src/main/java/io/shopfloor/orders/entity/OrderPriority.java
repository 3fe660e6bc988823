package io.shopfloor.orders.entity;

import io.shopfloor.platform.types.Coded;

public enum OrderPriority implements Coded {
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
        return Coded.ofCode(OrderPriority.class, code, "priority");
    }
}
