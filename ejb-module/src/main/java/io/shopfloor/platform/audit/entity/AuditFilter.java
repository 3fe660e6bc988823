package io.shopfloor.platform.audit.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the audit trail; null means "any". {@code entityType} is a table name as in
 * {@link AuditedEntity}, {@code action} a code of {@link AuditAction}; the dates are whole days
 * in the organization's time zone, both included.
 */
public record AuditFilter(String entityType, String entityId, UUID userId, String action, LocalDate from, LocalDate to) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
