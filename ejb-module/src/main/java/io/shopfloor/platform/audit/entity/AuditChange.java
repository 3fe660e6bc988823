package io.shopfloor.platform.audit.entity;

import java.io.Serializable;

import io.shopfloor.platform.messages.Message;

/**
 * One field of an audit entry: its key ({@code custom_fields.<key>} for a custom field), the label
 * people know it by, and the value before and after, as text (empty when there was none).
 */
public record AuditChange(String field, Message label, Message before, Message after) implements Serializable {

    private static final long serialVersionUID = 1L;
}
