package io.shopfloor.orders.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** How demanding a product is to make; a short named scale that planning and reports share. */
public enum ProductComplexity implements Coded, Labelled {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    VERY_HIGH("very_high");

    private final String code;

    ProductComplexity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ProductComplexity ofCode(String code) {
        return Coded.ofCode(ProductComplexity.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("complexity." + code);
    }
}
