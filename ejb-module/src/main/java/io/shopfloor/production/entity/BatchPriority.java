package io.shopfloor.production.entity;

import io.shopfloor.platform.types.Coded;

/** How urgently a batch goes through the workshop (seed 000: standard, rush, expedite). */
public enum BatchPriority implements Coded {
    STANDARD("standard", "standard"),
    RUSH("rush", "rush"),
    EXPEDITE("expedite", "expedite");

    private final String code;
    private final String label;

    BatchPriority(String code, String label) {
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

    public static BatchPriority ofCode(String code) {
        return Coded.ofCode(BatchPriority.class, code, "batch priority");
    }
}
