package io.shopfloor.orders.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

public enum OrderPriority {
    STANDARD("standard"),
    RUSH("rush"),
    EXPEDITE("expedite");

    private final String code;

    OrderPriority(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static OrderPriority ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown priority '" + code + "'; use one of "
                        + Arrays.stream(values()).map(OrderPriority::code).collect(Collectors.joining(", "))));
    }
}
