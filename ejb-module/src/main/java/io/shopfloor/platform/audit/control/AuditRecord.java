package io.shopfloor.platform.audit.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

/**
 * An audit row as stored: the old and new values (null for an insert's old and a delete's new),
 * the changed fields the trigger listed, and a security event's details.
 */
public record AuditRecord(long id, Instant occurredAt, UUID userId, String userName, String entityType, String entityId,
                          String action, JsonObject oldValues, JsonObject newValues, JsonObject detail,
                          List<String> changedFields) {

    public AuditRecord {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    /** The row's values after the change, or before it for a delete. */
    public JsonObject values() {
        return newValues != null ? newValues : oldValues;
    }
}
