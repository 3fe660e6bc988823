package io.shopfloor.platform.audit.entity;

/**
 * One field of an audit entry: its key ({@code custom_fields.<key>} for a custom field), the label
 * people know it by, and the value before and after, as text (empty when there was none).
 */
public record AuditChange(String field, String label, String before, String after) {
}
