package io.shopfloor.quality.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** A checklist version's life: a draft being written, the active version checks follow, or retired. */
public enum ChecklistStatus implements Coded, Labelled {
    DRAFT("draft"),
    ACTIVE("active"),
    RETIRED("retired");

    private final String code;

    ChecklistStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ChecklistStatus ofCode(String code) {
        return Coded.ofCode(ChecklistStatus.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("quality.checklistStatus." + code);
    }
}
