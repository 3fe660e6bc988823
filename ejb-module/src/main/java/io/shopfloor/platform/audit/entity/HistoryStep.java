package io.shopfloor.platform.audit.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

import io.shopfloor.platform.messages.Message;

/**
 * One change of a record as its own page shows it: when (in the organization's zone), who, what
 * happened, and the fields that changed with their values before and after.
 */
public record HistoryStep(OffsetDateTime occurredAt, String userName, Message action, List<AuditChange> changes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public HistoryStep {
        changes = List.copyOf(changes);
    }
}
