package io.shopfloor.platform.audit.control;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import io.shopfloor.platform.audit.entity.AuditedEntity;
import io.shopfloor.platform.security.control.PermissionMatcher;

/**
 * What of the audit trail the caller may read beyond the fact of a change: a record's contents
 * need the permission its own screens need, and some fields need more (an order's internal notes
 * need {@code orders:internal}). Hashes never reach the trail at all: the trigger stores a marker.
 */
public record AuditReadAccess(Collection<String> granted) {

    /** Fields whose values need a permission of their own, per audited table. */
    static final Map<String, Map<String, String>> GUARDED_FIELDS = Map.of(
            AuditedEntity.ORDERS.table(), Map.of("internal_notes", "orders:internal"));

    /** Whether the caller may read the contents (values, names) of entries of this table. */
    public boolean canRead(String table) {
        return AuditedEntity.ofTable(table).map(e -> PermissionMatcher.grants(granted, e.readPermission())).orElse(false);
    }

    /** The permission the contents of this table need. */
    public String needed(String table) {
        return AuditedEntity.ofTable(table).map(AuditedEntity::readPermission).orElse("*");
    }

    /** The fields of this table whose values the caller may not read. */
    public Set<String> hiddenFields(String table) {
        return GUARDED_FIELDS.getOrDefault(table, Map.of()).entrySet().stream()
                .filter(field -> !PermissionMatcher.grants(granted, field.getValue()))
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
