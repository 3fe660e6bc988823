package io.shopfloor.platform.audit.control;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.shopfloor.platform.audit.entity.AuditAction;
import io.shopfloor.platform.audit.entity.AuditChange;
import io.shopfloor.platform.audit.entity.AuditedEntity;

/**
 * One sentence per audit row, the way an administrator would say it: "Permission orders:write
 * granted to role manager", "Order SO-000012 changed: Status, Finish".
 */
public final class AuditDescriptions {

    private static final Map<String, String> REASONS = Map.of(
            "wrong_password", "wrong password",
            "unknown_user", "no user with this e-mail",
            "inactive_user", "the user is deactivated",
            "no_password", "the user has no password yet",
            "organization_suspended", "the organization is suspended");

    private AuditDescriptions() {
    }

    /** Why a sign-in failed, in words. */
    public static String reason(String code) {
        return REASONS.getOrDefault(code, code);
    }

    public static String describe(AuditRecord row, Lookups lookups) {
        JsonObject values = row.values() == null ? JsonValue.EMPTY_JSON_OBJECT : row.values();
        String action = row.action();
        String verb = switch (AuditAction.ofCode(action).orElse(AuditAction.UPDATE)) {
            case INSERT -> "created";
            case DELETE -> "deleted";
            default -> "changed";
        };
        return switch (AuditedEntity.ofTable(row.entityType()).orElse(AuditedEntity.SECURITY)) {
            case SECURITY -> security(row);
            case ROLE_PERMISSIONS -> switch (action) {
                case "insert" -> "Permission " + text(values, "permission") + " granted to role " + role(values, lookups);
                case "delete" -> "Permission " + text(values, "permission") + " revoked from role " + role(values, lookups);
                default -> "Permission " + text(values, "permission") + " of role " + role(values, lookups) + " changed";
            };
            case USER_ROLES -> switch (action) {
                case "insert" -> "Role " + role(values, lookups) + " given to " + user(values, lookups);
                case "delete" -> "Role " + role(values, lookups) + " taken from " + user(values, lookups);
                default -> "Role assignment of " + user(values, lookups) + " changed";
            };
            case USERS -> userChange(row, values, verb, lookups);
            case API_TOKENS -> "update".equals(action) && row.changedFields().contains("revoked_at") && !text(values, "revoked_at").isEmpty()
                    ? "API token '" + text(values, "name") + "' of " + user(values, lookups) + " revoked"
                    : withChanges("API token '" + text(values, "name") + "' of " + user(values, lookups) + " " + verb, row, lookups);
            case ORDER_STATUS_HISTORY -> "Order " + lookups.name(text(values, "order_id")).orElse(text(values, "order_id"))
                    + ": status " + (text(values, "old_status").isEmpty() ? "" : text(values, "old_status") + " → ") + text(values, "new_status")
                    + (text(values, "reason").isEmpty() ? "" : " (" + text(values, "reason") + ")");
            case ORDERS -> withChanges("Order " + text(values, "order_number") + " " + verb, row, lookups);
            case CUSTOMERS -> withChanges("Customer " + text(values, "name") + " " + verb, row, lookups);
            case ROLES -> withChanges("Role " + text(values, "name") + " " + verb, row, lookups);
            case CUSTOM_FIELD_DEFINITIONS -> withChanges("Custom field '" + text(values, "label") + "' ("
                    + AuditedEntity.labelOf(text(values, "entity_type")) + ") " + verb, row, lookups);
            case TENANTS -> withChanges("Organization " + text(values, "name") + " " + verb, row, lookups);
            case PRODUCTS -> withChanges("Product " + text(values, "name") + " " + verb, row, lookups);
            case PRODUCT_OPTIONS -> withChanges("Option " + text(values, "name") + " of product " + name(values, "product_id", lookups) + " "
                    + verb, row, lookups);
            case PRODUCT_STAGE_ESTIMATES -> withChanges("Estimate for " + name(values, "stage_id", lookups) + " of product "
                    + name(values, "product_id", lookups) + " " + verb, row, lookups);
            case PRODUCTION_STAGES -> withChanges("Production stage " + text(values, "name") + " " + verb, row, lookups);
            case PRODUCTION_STAGE_ROLES -> "Role " + role(values, lookups) + ("delete".equals(action) ? " no longer responsible for " : " responsible for ")
                    + name(values, "stage_id", lookups);
            case BATCHES -> withChanges("Batch " + text(values, "batch_number") + " " + verb, row, lookups);
            case BATCH_ORDERS -> "Order " + name(values, "order_id", lookups) + ("delete".equals(action) ? " removed from batch " : " in batch ")
                    + name(values, "batch_id", lookups) + ("insert".equals(action) ? " (added)" : "");
            case STAGE_ASSIGNMENTS -> withChanges("Work of batch " + name(values, "batch_id", lookups) + " at " + name(values, "stage_id", lookups)
                    + " " + verb, row, lookups);
        };
    }

    private static String security(AuditRecord row) {
        JsonObject detail = row.detail() == null ? JsonValue.EMPTY_JSON_OBJECT : row.detail();
        if (AuditAction.SIGN_IN_FAILED.code().equals(row.action())) {
            return "Failed sign-in as " + text(detail, "email") + ": " + reason(text(detail, "reason"));
        }
        if (AuditAction.SIGN_IN_THROTTLED.code().equals(row.action())) {
            return "Sign-ins as " + text(detail, "email") + " from " + text(detail, "remote_address") + " held back after "
                    + text(detail, "failures") + " failures";
        }
        if (AuditAction.PERMISSION_DENIED.code().equals(row.action())) {
            return "Refused " + text(detail, "method") + ": needs the permission " + text(detail, "permission");
        }
        return AuditAction.labelOf(row.action());
    }

    private static String userChange(AuditRecord row, JsonObject values, String verb, Lookups lookups) {
        String who = "User " + text(values, "display_name") + " (" + text(values, "email") + ")";
        if ("update".equals(row.action()) && row.changedFields().equals(List.of("status"))) {
            return who + ("inactive".equals(text(values, "status")) ? " deactivated" : " reactivated");
        }
        return withChanges(who + " " + verb, row, lookups);
    }

    /** An update lists what changed, by label; created and deleted need no list. */
    private static String withChanges(String sentence, AuditRecord row, Lookups lookups) {
        if (!AuditAction.UPDATE.code().equals(row.action())) {
            return sentence;
        }
        List<AuditChange> changes = AuditDiff.changes(row, lookups);
        return changes.isEmpty() ? sentence : sentence + ": " + changes.stream().map(AuditChange::label).collect(Collectors.joining(", "));
    }

    private static String name(JsonObject values, String idKey, Lookups lookups) {
        return lookups.name(text(values, idKey)).orElse(text(values, idKey));
    }

    private static String role(JsonObject values, Lookups lookups) {
        return lookups.name(text(values, "role_id")).orElse(text(values, "role_id"));
    }

    private static String user(JsonObject values, Lookups lookups) {
        return lookups.name(text(values, "user_id")).orElse(text(values, "user_id"));
    }

    private static String text(JsonObject values, String key) {
        return AuditValues.text(null, values.get(key), Lookups.NONE);
    }
}
