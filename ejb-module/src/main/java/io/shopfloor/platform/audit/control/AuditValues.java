package io.shopfloor.platform.audit.control;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.shopfloor.platform.messages.Message;

/** Stored JSON values as people read them. */
public final class AuditValues {

    /** What the audit trigger stores instead of a secret (password and token hashes). */
    static final String REDACTED = "[redacted]";

    /** Columns holding a code, and the prefix of the codes' labels. */
    private static final Map<String, String> CODE_LABELS = Map.of(
            "old_status", "order.status.", "new_status", "order.status.", "cause", "orders.cause.");

    private AuditValues() {
    }

    /** A value as people read it, in their language: yes and no translated, a secret not shown, the rest as {@link #text}. */
    public static Message shown(String key, JsonValue value, Lookups lookups) {
        if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
            return Message.of("audit.yes");
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
            return Message.of("audit.no");
        }
        if (value instanceof JsonString s && REDACTED.equals(s.getString())) {
            return Message.of("audit.notShown");
        }
        if (value instanceof JsonString s && key != null && CODE_LABELS.containsKey(key)) {
            return Message.of(CODE_LABELS.get(key) + s.getString());
        }
        return Message.verbatim(text(key, value, lookups));
    }

    /** Text for a value (to compare, and within sentences): empty for none, yes/no, lists joined, ids of other records by name. */
    public static String text(String key, JsonValue value, Lookups lookups) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> {
                String s = ((JsonString) value).getString();
                if (REDACTED.equals(s)) {
                    yield "(not shown)";
                }
                yield key != null && FieldLabels.REFERENCES.contains(key) ? lookups.name(s).orElse(s) : s;
            }
            case TRUE -> "yes";
            case FALSE -> "no";
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case ARRAY -> value.asJsonArray().stream().map(v -> text(null, v, lookups)).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
