package io.shopfloor.platform.audit.entity;

import java.util.List;

/** An audit entry with its changes field by field (for a security event: its details, as "after"). */
public record AuditEntryDetail(AuditEntry entry, List<AuditChange> changes) {

    public AuditEntryDetail {
        changes = List.copyOf(changes);
    }
}
