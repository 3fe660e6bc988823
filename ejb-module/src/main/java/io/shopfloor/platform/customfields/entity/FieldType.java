package io.shopfloor.platform.customfields.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The types a custom field can have, with the code stored in the database. */
public enum FieldType {
    TEXT("text"),
    LONG_TEXT("long_text"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    DATE("date"),
    BOOLEAN("boolean"),
    SINGLE_SELECT("single_select"),
    MULTI_SELECT("multi_select"),
    EMAIL("email"),
    URL("url");

    private final String code;

    FieldType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }

    public static FieldType ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown field type '" + code + "'; use one of "
                        + Arrays.stream(values()).map(FieldType::code).collect(Collectors.joining(", "))));
    }
}
