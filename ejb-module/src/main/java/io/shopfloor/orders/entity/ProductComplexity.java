package io.shopfloor.orders.entity;

import io.shopfloor.platform.types.Coded;

/** How demanding a product is to make; a short named scale that planning and reports share. */
public enum ProductComplexity implements Coded {
    LOW("low", "Low"),
    MEDIUM("medium", "Medium"),
    HIGH("high", "High"),
    VERY_HIGH("very_high", "Very high");

    private final String code;
    private final String label;

    ProductComplexity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ProductComplexity ofCode(String code) {
        return Coded.ofCode(ProductComplexity.class, code, "complexity");
    }
}
