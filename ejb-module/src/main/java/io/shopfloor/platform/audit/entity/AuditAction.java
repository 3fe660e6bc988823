package io.shopfloor.platform.audit.entity;

import java.util.Arrays;
import java.util.Optional;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** What an audit entry records: a row change, or a security event. */
public enum AuditAction implements Coded, Labelled {
    INSERT("insert", "audit.action.insert"),
    UPDATE("update", "audit.action.update"),
    DELETE("delete", "audit.action.delete"),
    SIGN_IN_FAILED("sign_in_failed", "audit.action.signInFailed"),
    SIGN_IN_THROTTLED("sign_in_throttled", "audit.action.signInThrottled"),
    PERMISSION_DENIED("permission_denied", "audit.action.permissionDenied");

    private final String code;
    private final String labelKey;

    AuditAction(String code, String labelKey) {
        this.code = code;
        this.labelKey = labelKey;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Message label() {
        return Message.of(labelKey);
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** The label of a stored code; an unknown code is shown as it is. */
    public static Message labelOf(String code) {
        return ofCode(code).map(AuditAction::label).orElse(Message.verbatim(code));
    }
}
