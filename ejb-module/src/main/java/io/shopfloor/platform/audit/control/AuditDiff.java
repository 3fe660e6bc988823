package io.shopfloor.platform.audit.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.shopfloor.platform.audit.entity.AuditAction;
import io.shopfloor.platform.audit.entity.AuditChange;
import io.shopfloor.platform.audit.entity.AuditedEntity;
import io.shopfloor.platform.messages.Message;

/**
 * An audit row's changes field by field. Custom fields (the {@code custom_fields} object) are
 * split into one change per key, labelled by the field's definition; bookkeeping columns (id,
 * tenant, timestamps, version) are left out. A security event's details are its "after" values.
 */
public final class AuditDiff {

    static final String CUSTOM_FIELDS = "custom_fields";
    /** Shown for the value of a field the caller may not read. */
    static final Message HIDDEN = Message.of("audit.hidden");
    private static final List<String> DETAIL_ORDER = List.of("email", "reason", "failures", "blocked_until", "permission", "method", "remote_address");
    private static final Map<String, String> DETAIL_LABELS = Map.of(
            "email", "audit.detail.email", "reason", "audit.detail.reason", "failures", "audit.detail.failures",
            "blocked_until", "audit.detail.blockedUntil", "permission", "audit.detail.permission", "method", "audit.field.method",
            "remote_address", "audit.field.remoteAddress");

    private AuditDiff() {
    }

    /** The changes the caller may read: none of a record they may not read, no value of a field they may not. */
    public static List<AuditChange> changes(AuditRecord row, Lookups lookups, AuditReadAccess access) {
        if (!access.canRead(row.entityType())) {
            return List.of();
        }
        Set<String> hidden = access.hiddenFields(row.entityType());
        return changes(row, lookups).stream()
                .map(c -> hidden.contains(c.field()) ? new AuditChange(c.field(), c.label(), HIDDEN, HIDDEN) : c)
                .toList();
    }

    /** Every change of the row, as stored. */
    static List<AuditChange> changes(AuditRecord row, Lookups lookups) {
        if (AuditedEntity.SECURITY.table().equals(row.entityType())) {
            return details(row.detail());
        }
        JsonObject before = row.oldValues() == null ? JsonValue.EMPTY_JSON_OBJECT : row.oldValues();
        JsonObject after = row.newValues() == null ? JsonValue.EMPTY_JSON_OBJECT : row.newValues();
        TreeSet<String> keys = new TreeSet<>();
        if (AuditAction.UPDATE.code().equals(row.action()) && !row.changedFields().isEmpty()) {
            keys.addAll(row.changedFields());
        } else {
            keys.addAll(before.keySet());
            keys.addAll(after.keySet());
        }
        keys.removeAll(FieldLabels.BOOKKEEPING);
        boolean custom = keys.remove(CUSTOM_FIELDS);

        List<AuditChange> changes = new ArrayList<>();
        for (String key : keys) {
            String was = AuditValues.text(key, before.get(key), lookups);
            String is = AuditValues.text(key, after.get(key), lookups);
            if (!was.equals(is) || isChangedSecret(row, key)) {
                changes.add(new AuditChange(key, FieldLabels.of(key), AuditValues.shown(key, before.get(key), lookups),
                        AuditValues.shown(key, after.get(key), lookups)));
            }
        }
        if (custom) {
            changes.addAll(customFieldChanges(row.entityType(), object(before.get(CUSTOM_FIELDS)), object(after.get(CUSTOM_FIELDS)), lookups));
        }
        return changes;
    }

    /** A secret column is not shown before and after; that it changed is still worth a row. */
    private static boolean isChangedSecret(AuditRecord row, String key) {
        return AuditAction.UPDATE.code().equals(row.action()) && row.changedFields().contains(key);
    }

    private static List<AuditChange> customFieldChanges(String entityType, JsonObject before, JsonObject after, Lookups lookups) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<AuditChange> changes = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                String was = AuditValues.text(null, before.get(key), lookups);
                String is = AuditValues.text(null, after.get(key), lookups);
                if (!was.equals(is)) {
                    changes.add(new AuditChange(CUSTOM_FIELDS + "." + key, Message.verbatim(lookups.customFieldLabel(entityType, key)),
                            AuditValues.shown(null, before.get(key), lookups), AuditValues.shown(null, after.get(key), lookups)));
                }
            }
        }
        return changes;
    }

    private static List<AuditChange> details(JsonObject detail) {
        if (detail == null) {
            return List.of();
        }
        List<AuditChange> changes = new ArrayList<>();
        TreeSet<String> others = new TreeSet<>(detail.keySet());
        for (String key : DETAIL_ORDER) {
            if (others.remove(key)) {
                Message value = "reason".equals(key) ? AuditDescriptions.reason(AuditValues.text(null, detail.get(key), Lookups.NONE))
                        : AuditValues.shown(null, detail.get(key), Lookups.NONE);
                changes.add(new AuditChange(key, Message.of(DETAIL_LABELS.get(key)), Message.verbatim(""), value));
            }
        }
        for (String key : others) {
            changes.add(new AuditChange(key, FieldLabels.of(key), Message.verbatim(""), AuditValues.shown(null, detail.get(key), Lookups.NONE)));
        }
        return changes;
    }

    private static JsonObject object(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
    }
}
