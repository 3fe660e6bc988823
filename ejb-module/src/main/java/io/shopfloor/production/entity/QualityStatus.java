package io.shopfloor.production.entity;

import io.shopfloor.platform.types.Coded;

/** A batch's quality standing; a batch on hold does not move to its next stage. */
public enum QualityStatus implements Coded {
    GOOD("good", "good"),
    WARNING("warning", "warning"),
    CRITICAL("critical", "critical"),
    HOLD("hold", "on hold");

    private final String code;
    private final String label;

    QualityStatus(String code, String label) {
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

    public static QualityStatus ofCode(String code) {
        return Coded.ofCode(QualityStatus.class, code, "quality status");
    }
}
