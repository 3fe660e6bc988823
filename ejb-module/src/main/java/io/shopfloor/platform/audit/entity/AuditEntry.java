package io.shopfloor.platform.audit.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.shopfloor.platform.messages.Message;

/**
 * One line of the audit trail: when (in the organization's time zone), who, what kind of record
 * and which, what happened, and a sentence saying it.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, UUID userId, String userName, String entityType,
                         Message entityLabel, String entityId, String action, Message actionLabel, Message description) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Row changes have a diff of values; security events have details instead. */
    public boolean securityEvent() {
        return AuditedEntity.SECURITY.table().equals(entityType);
    }
}
