package io.shopfloor.platform.audit.control;

import java.util.stream.Collectors;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Stored JSON values as people read them. */
public final class AuditValues {

    /** What the audit trigger stores instead of a secret (password and token hashes). */
    static final String REDACTED = "[redacted]";

    private AuditValues() {
    }

    /** Text for a value: empty for none, yes/no, lists joined, ids of other records by name. */
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
