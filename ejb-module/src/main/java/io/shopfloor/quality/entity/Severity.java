package io.shopfloor.quality.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** How bad a failed item or an issue is; the batch's quality status follows the worst open one. */
public enum Severity implements Coded, Labelled {
    WARNING("warning"),
    CRITICAL("critical"),
    HOLD("hold");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The batch quality status an open issue or a failed check of this severity stands for. */
    public io.shopfloor.production.entity.QualityStatus qualityStatus() {
        return io.shopfloor.production.entity.QualityStatus.ofCode(code);
    }

    public static Severity ofCode(String code) {
        return Coded.ofCode(Severity.class, code);
    }

    /** The label people see, in their language. */
    @Override
    public Message label() {
        return Message.of("quality." + code);
    }
}
