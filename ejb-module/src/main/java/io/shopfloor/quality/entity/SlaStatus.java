package io.shopfloor.quality.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/**
 * Where an issue stands against its due time. Never stored: the database function
 * {@code shopfloor.sla_status} decides it for lists, screens and the dashboard alike.
 */
public enum SlaStatus implements Coded, Labelled {
    ON_TRACK("on_track"),
    AT_RISK("at_risk"),
    OVERDUE("overdue"),
    RESOLVED("resolved");

    private final String code;

    SlaStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static SlaStatus ofCode(String code) {
        return Coded.ofCode(SlaStatus.class, code);
    }

    @Override
    public Message label() {
        return Message.of("quality.sla." + code);
    }
}
