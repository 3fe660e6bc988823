package io.shopfloor.people.entity;

import io.shopfloor.platform.types.Coded;

/** What production metrics are summed by: any of worker, stage, product and day. */
public enum MetricDimension implements Coded {
    WORKER("worker"),
    STAGE("stage"),
    PRODUCT("product"),
    DAY("day");

    private final String code;

    MetricDimension(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static MetricDimension ofCode(String code) {
        return Coded.ofCode(MetricDimension.class, code);
    }
}
