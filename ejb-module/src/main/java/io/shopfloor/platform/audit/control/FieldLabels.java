package io.shopfloor.platform.audit.control;

import java.util.Map;
import java.util.Set;

import io.shopfloor.platform.messages.Message;

/** What people call the columns of audited tables (keys of the service bundle), and which columns are bookkeeping. */
public final class FieldLabels {

    /** Columns every row has that say nothing about the change itself. */
    static final Set<String> BOOKKEEPING = Set.of("id", "tenant_id", "created_at", "updated_at", "version");

    /** Columns holding the id of another record, shown by that record's name. */
    static final Set<String> REFERENCES = Set.of("customer_id", "role_id", "user_id", "order_id", "changed_by",
            "product_id", "option_id", "stage_id", "current_stage_id", "batch_id", "worker_id", "completed_by", "created_by", "added_by");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("order_number", "audit.field.orderNumber"),
            Map.entry("batch_number", "audit.field.batchNumber"),
            Map.entry("current_stage_id", "audit.field.currentStageId"),
            Map.entry("worker_id", "audit.field.workerId"),
            Map.entry("quality_status", "audit.field.qualityStatus"),
            Map.entry("target_completion", "audit.field.targetCompletion"),
            Map.entry("opened_at", "audit.field.openedAt"),
            Map.entry("started_at", "audit.field.startedAt"),
            Map.entry("completed_at", "audit.field.completedAt"),
            Map.entry("customer_id", "audit.field.customerId"),
            Map.entry("due_date", "audit.field.dueDate"),
            Map.entry("display_name", "audit.field.displayName"),
            Map.entry("email", "audit.field.email"),
            Map.entry("password_hash", "audit.field.passwordHash"),
            Map.entry("last_sign_in_at", "audit.field.lastSignInAt"),
            Map.entry("role_id", "audit.field.roleId"),
            Map.entry("user_id", "audit.field.userId"),
            Map.entry("order_id", "audit.field.orderId"),
            Map.entry("changed_by", "audit.field.changedBy"),
            Map.entry("old_status", "audit.field.oldStatus"),
            Map.entry("new_status", "audit.field.newStatus"),
            Map.entry("token_hash", "audit.field.tokenHash"),
            Map.entry("expires_at", "audit.field.expiresAt"),
            Map.entry("revoked_at", "audit.field.revokedAt"),
            Map.entry("last_used_at", "audit.field.lastUsedAt"),
            Map.entry("entity_type", "audit.field.entityType"),
            Map.entry("field_key", "audit.field.fieldKey"),
            Map.entry("field_type", "audit.field.fieldType"),
            Map.entry("help_text", "audit.field.helpText"),
            Map.entry("default_value", "audit.field.defaultValue"),
            Map.entry("min_value", "audit.field.minValue"),
            Map.entry("max_value", "audit.field.maxValue"),
            Map.entry("builtin", "audit.field.builtin"),
            Map.entry("remote_address", "audit.field.remoteAddress"),
            Map.entry("method", "audit.field.method"),
            Map.entry("cause", "audit.field.cause"),
            Map.entry("batch_id", "audit.field.batchId"),
            Map.entry("reason", "audit.field.reason"));

    private FieldLabels() {
    }

    /** The label of a column: known ones in the reader's language, others from the key ("due_date" → "Due date"). */
    public static Message of(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return Message.of(known);
        }
        String words = key.replace('_', ' ').strip();
        return Message.verbatim(words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }
}
