package io.shopfloor.quality.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** What a checklist item asks for: pass or fail, or a measurement read against its limits. */
public enum ItemKind implements Coded, Labelled {
    PASS_FAIL("pass_fail"),
    MEASUREMENT("measurement");

    private final String code;

    ItemKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ItemKind ofCode(String code) {
        return Coded.ofCode(ItemKind.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("quality.kind." + code);
    }
}
