package io.shopfloor.platform.audit.entity;

import java.io.Serializable;
import java.util.List;

/** An audit entry with its changes field by field (for a security event: its details, as "after"). */
public record AuditEntryDetail(AuditEntry entry, List<AuditChange> changes) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AuditEntryDetail {
        changes = List.copyOf(changes);
    }
}
