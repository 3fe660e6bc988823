package io.shopfloor.quality.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** Whether a checklist is filed once for the whole batch or once for each of its orders. */
public enum ChecklistScope implements Coded, Labelled {
    BATCH("batch"),
    ORDER("order");

    private final String code;

    ChecklistScope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ChecklistScope ofCode(String code) {
        return Coded.ofCode(ChecklistScope.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("quality.scope." + code);
    }
}
