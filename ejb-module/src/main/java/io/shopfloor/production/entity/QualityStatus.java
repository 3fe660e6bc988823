package io.shopfloor.production.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** A batch's quality standing; a batch on hold does not move to its next stage. */
public enum QualityStatus implements Coded, Labelled {
    GOOD("good"),
    WARNING("warning"),
    CRITICAL("critical"),
    HOLD("hold");

    private final String code;

    QualityStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static QualityStatus ofCode(String code) {
        return Coded.ofCode(QualityStatus.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("quality." + code);
    }
}
