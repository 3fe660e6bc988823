package io.shopfloor.platform.audit.entity;

import java.util.Arrays;
import java.util.Optional;

import io.shopfloor.platform.types.Coded;

/** What an audit entry records: a row change, or a security event. */
public enum AuditAction implements Coded {
    INSERT("insert", "Created"),
    UPDATE("update", "Changed"),
    DELETE("delete", "Deleted"),
    SIGN_IN_FAILED("sign_in_failed", "Sign-in failed"),
    SIGN_IN_THROTTLED("sign_in_throttled", "Sign-in throttled"),
    PERMISSION_DENIED("permission_denied", "Permission denied");

    private final String code;
    private final String label;

    AuditAction(String code, String label) {
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

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** The label of a stored code; an unknown code is shown as it is. */
    public static String labelOf(String code) {
        return ofCode(code).map(AuditAction::label).orElse(code);
    }
}
