package io.shopfloor.platform.audit.control;

import java.util.Map;
import java.util.Set;

/** What people call the columns of audited tables, and which columns are bookkeeping. */
public final class FieldLabels {

    /** Columns every row has that say nothing about the change itself. */
    static final Set<String> BOOKKEEPING = Set.of("id", "tenant_id", "created_at", "updated_at", "version");

    /** Columns holding the id of another record, shown by that record's name. */
    static final Set<String> REFERENCES = Set.of("customer_id", "role_id", "user_id", "order_id", "changed_by",
            "product_id", "option_id", "stage_id", "current_stage_id", "batch_id", "worker_id", "completed_by", "created_by", "added_by");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("order_number", "Order number"),
            Map.entry("batch_number", "Batch number"),
            Map.entry("current_stage_id", "Stage"),
            Map.entry("worker_id", "Worker"),
            Map.entry("quality_status", "Quality status"),
            Map.entry("target_completion", "Target completion"),
            Map.entry("opened_at", "Reached the stage"),
            Map.entry("started_at", "Started"),
            Map.entry("completed_at", "Completed"),
            Map.entry("customer_id", "Customer"),
            Map.entry("due_date", "Due date"),
            Map.entry("display_name", "Name"),
            Map.entry("email", "E-mail"),
            Map.entry("password_hash", "Password"),
            Map.entry("last_sign_in_at", "Last sign-in"),
            Map.entry("role_id", "Role"),
            Map.entry("user_id", "User"),
            Map.entry("order_id", "Order"),
            Map.entry("changed_by", "Changed by"),
            Map.entry("old_status", "Old status"),
            Map.entry("new_status", "New status"),
            Map.entry("token_hash", "Token"),
            Map.entry("expires_at", "Expires"),
            Map.entry("revoked_at", "Revoked"),
            Map.entry("last_used_at", "Last used"),
            Map.entry("entity_type", "Record kind"),
            Map.entry("field_key", "Key"),
            Map.entry("field_type", "Type"),
            Map.entry("help_text", "Help text"),
            Map.entry("default_value", "Default value"),
            Map.entry("min_value", "Minimum"),
            Map.entry("max_value", "Maximum"),
            Map.entry("builtin", "Built in"),
            Map.entry("remote_address", "Remote address"),
            Map.entry("method", "Service method"));

    private FieldLabels() {
    }

    /** The label of a column: known ones by name, others from the key ("due_date" → "Due date"). */
    public static String of(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replace('_', ' ').strip();
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
