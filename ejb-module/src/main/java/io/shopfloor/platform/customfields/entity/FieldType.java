package io.shopfloor.platform.customfields.entity;

import io.shopfloor.platform.types.Coded;

/** The types a custom field can have, with the code stored in the database. */
public enum FieldType implements Coded {
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

    @Override
    public String code() {
        return code;
    }

    /** Single and multi selects choose from the field's options. */
    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }

    public static FieldType ofCode(String code) {
        return Coded.ofCode(FieldType.class, code);
    }
}
