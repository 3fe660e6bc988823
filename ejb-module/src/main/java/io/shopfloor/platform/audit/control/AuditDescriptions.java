package io.shopfloor.platform.audit.control;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.shopfloor.platform.audit.entity.AuditAction;
import io.shopfloor.platform.audit.entity.AuditChange;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.StatusChangeCause;
import io.shopfloor.platform.audit.entity.AuditedEntity;
import io.shopfloor.platform.messages.Message;

/**
 * One sentence per audit row, the way an administrator would say it: "Permission orders:write
 * granted to role manager", "Order SO-000012 changed: Status, Finish".
 */
public final class AuditDescriptions {

    private static final Map<String, String> REASONS = Map.of(
            "wrong_password", "audit.reason.wrongPassword",
            "unknown_user", "audit.reason.unknownUser",
            "inactive_user", "audit.reason.inactiveUser",
            "no_password", "audit.reason.noPassword",
            "organization_suspended", "audit.reason.organizationSuspended");

    private AuditDescriptions() {
    }

    /** Why a sign-in failed, in words. */
    public static Message reason(String code) {
        String key = REASONS.get(code);
        return key == null ? Message.verbatim(code) : Message.of(key);
    }

    public static Message describe(AuditRecord row, Lookups lookups) {
        JsonObject values = row.values() == null ? JsonValue.EMPTY_JSON_OBJECT : row.values();
        String action = row.action();
        Message verb = Message.of(switch (AuditAction.ofCode(action).orElse(AuditAction.UPDATE)) {
            case INSERT -> "audit.verb.created";
            case DELETE -> "audit.verb.deleted";
            default -> "audit.verb.changed";
        });
        return switch (AuditedEntity.ofTable(row.entityType()).orElse(AuditedEntity.SECURITY)) {
            case SECURITY -> security(row);
            case ROLE_PERMISSIONS -> Message.of(switch (action) {
                case "insert" -> "audit.permissionGranted";
                case "delete" -> "audit.permissionRevoked";
                default -> "audit.permissionChanged";
            }, text(values, "permission"), role(values, lookups));
            case USER_ROLES -> switch (action) {
                case "insert" -> Message.of("audit.roleGiven", role(values, lookups), user(values, lookups));
                case "delete" -> Message.of("audit.roleTaken", role(values, lookups), user(values, lookups));
                default -> Message.of("audit.roleAssignmentChanged", user(values, lookups));
            };
            case USERS -> userChange(row, values, verb, lookups);
            case API_TOKENS -> "update".equals(action) && row.changedFields().contains("revoked_at") && !text(values, "revoked_at").isEmpty()
                    ? Message.of("audit.tokenRevoked", text(values, "name"), user(values, lookups))
                    : withChanges(Message.of("audit.token", text(values, "name"), user(values, lookups), verb), row, lookups);
            case ORDER_STATUS_HISTORY -> Message.of(text(values, "old_status").isEmpty() ? "audit.orderStatusSet" : "audit.orderStatusChanged",
                    lookups.name(text(values, "order_id")).orElse(text(values, "order_id")), status(values, "old_status"),
                    status(values, "new_status"), statusReason(values, lookups));
            case ORDERS -> withChanges(Message.of("audit.order", text(values, "order_number"), verb), row, lookups);
            case CUSTOMERS -> withChanges(Message.of("audit.customer", text(values, "name"), verb), row, lookups);
            case ROLES -> withChanges(Message.of("audit.role", text(values, "name"), verb), row, lookups);
            case CUSTOM_FIELD_DEFINITIONS -> withChanges(Message.of("audit.customField", text(values, "label"),
                    AuditedEntity.labelOf(text(values, "entity_type")), verb), row, lookups);
            case TENANTS -> withChanges(Message.of("audit.organization", text(values, "name"), verb), row, lookups);
            case PRODUCTS -> withChanges(Message.of("audit.product", text(values, "name"), verb), row, lookups);
            case PRODUCT_OPTIONS -> withChanges(Message.of("audit.productOption", text(values, "name"), name(values, "product_id", lookups), verb),
                    row, lookups);
            case PRODUCT_STAGE_ESTIMATES -> withChanges(Message.of("audit.estimate", name(values, "stage_id", lookups),
                    name(values, "product_id", lookups), verb), row, lookups);
            case PRODUCTION_STAGES -> withChanges(Message.of("audit.stage", text(values, "name"), verb), row, lookups);
            case PRODUCTION_STAGE_ROLES -> Message.of("delete".equals(action) ? "audit.stageRoleRemoved" : "audit.stageRole",
                    role(values, lookups), name(values, "stage_id", lookups));
            case BATCHES -> withChanges(Message.of("audit.batch", text(values, "batch_number"), verb), row, lookups);
            case BATCH_ORDERS -> Message.of(switch (action) {
                case "delete" -> "audit.batchOrderRemoved";
                case "insert" -> "audit.batchOrderAdded";
                default -> "audit.batchOrder";
            }, name(values, "order_id", lookups), name(values, "batch_id", lookups));
            case CHECKLIST_TEMPLATES -> withChanges(Message.of("audit.checklist", text(values, "name"), text(values, "revision"), verb), row, lookups);
            case CHECKLIST_ITEMS -> withChanges(Message.of("audit.checklistItem", text(values, "item_text"), name(values, "template_id", lookups), verb),
                    row, lookups);
            case QUALITY_CHECKS -> withChanges(Message.of("audit.check", name(values, "template_id", lookups), name(values, "batch_id", lookups),
                    name(values, "stage_id", lookups), verb), row, lookups);
            case QUALITY_CHECK_RESULTS -> withChanges(Message.of("audit.checkResult", name(values, "item_id", lookups), verb), row, lookups);
            case FILES -> Message.of("audit.file", text(values, "name"), verb);
            case ISSUE_CATEGORIES -> withChanges(Message.of("audit.issueCategory", text(values, "name"), verb), row, lookups);
            case ISSUES -> withChanges(Message.of("audit.issue", text(values, "issue_number"), text(values, "title"), verb), row, lookups);
            case QUALITY_GATE_OVERRIDES -> Message.of("audit.gateOverride", name(values, "batch_id", lookups), name(values, "stage_id", lookups),
                    text(values, "reason"));
            case STAGE_ASSIGNMENTS -> withChanges(Message.of("audit.work", name(values, "batch_id", lookups), name(values, "stage_id", lookups), verb),
                    row, lookups);
            case WORKER_PROFILES -> withChanges(Message.of("audit.workerProfile", user(values, lookups), verb), row, lookups);
            case WORKER_SKILLS -> withChanges(Message.of("audit.workerSkill", user(values, lookups), name(values, "stage_id", lookups),
                    text(values, "level"), verb), row, lookups);
            case WORK_PATTERNS -> withChanges(text(values, "user_id").isEmpty()
                    ? Message.of("audit.workPatternDefault", text(values, "weekday"), text(values, "hours"), verb)
                    : Message.of("audit.workPattern", user(values, lookups), text(values, "weekday"), text(values, "hours"), verb), row, lookups);
            case ORGANIZATION_HOLIDAYS -> withChanges(Message.of("audit.holiday", text(values, "day"), text(values, "name"), verb), row, lookups);
            case AVAILABILITY_EXCEPTIONS -> withChanges(Message.of("audit.availabilityException", user(values, lookups), text(values, "day"),
                    text(values, "status"), verb), row, lookups);
            case WORK_INTERVALS -> withChanges(Message.of("audit.workInterval", user(values, lookups), text(values, "started_at"), verb),
                    row, lookups);
            case ASSIGNMENT_OVERRIDES -> Message.of("audit.assignmentOverride", name(values, "worker_id", lookups), text(values, "day"),
                    text(values, "rule"), text(values, "reason"));
        };
    }

    private static Message security(AuditRecord row) {
        JsonObject detail = row.detail() == null ? JsonValue.EMPTY_JSON_OBJECT : row.detail();
        if (AuditAction.SIGN_IN_FAILED.code().equals(row.action())) {
            return Message.of("audit.signInFailed", text(detail, "email"), reason(text(detail, "reason")));
        }
        if (AuditAction.SIGN_IN_THROTTLED.code().equals(row.action())) {
            return Message.of("audit.signInThrottled", text(detail, "email"), text(detail, "remote_address"), text(detail, "failures"));
        }
        if (AuditAction.PERMISSION_DENIED.code().equals(row.action())) {
            return Message.of("audit.permissionDenied", text(detail, "method"), text(detail, "permission"));
        }
        return AuditAction.labelOf(row.action());
    }

    private static Message userChange(AuditRecord row, JsonObject values, Message verb, Lookups lookups) {
        if ("update".equals(row.action()) && row.changedFields().equals(List.of("status"))) {
            return Message.of("inactive".equals(text(values, "status")) ? "audit.userDeactivated" : "audit.userReactivated",
                    text(values, "display_name"), text(values, "email"));
        }
        return withChanges(Message.of("audit.user", text(values, "display_name"), text(values, "email"), verb), row, lookups);
    }

    /** An update lists what changed, by label; created and deleted need no list. */
    private static Message withChanges(Message sentence, AuditRecord row, Lookups lookups) {
        if (!AuditAction.UPDATE.code().equals(row.action())) {
            return sentence;
        }
        List<AuditChange> changes = AuditDiff.changes(row, lookups);
        return changes.isEmpty() ? sentence : Message.of("audit.withChanges", sentence, Message.list(changes.stream().map(AuditChange::label).toList()));
    }

    /** A status as stored, by its label where it is an order's. */
    /** " (why)": production's cause with its batch, or what the person wrote; nothing when neither. */
    private static Message statusReason(JsonObject values, Lookups lookups) {
        String batch = text(values, "batch_id");
        String note = text(values, "reason");
        StatusChangeCause cause;
        try {
            cause = StatusChangeCause.ofCode(text(values, "cause"));
        } catch (IllegalArgumentException unknown) {
            cause = StatusChangeCause.CHANGED;
        }
        // The audit line of a new order says "status set" already: only a note of its own is added.
        Message why = cause == StatusChangeCause.CREATED ? StatusChangeCause.CHANGED.reason(null, note)
                : cause.reason(lookups.name(batch).orElse(batch), note);
        return why == null ? Message.verbatim("") : Message.of("audit.because", why);
    }

    private static Object status(JsonObject values, String key) {
        String code = text(values, key);
        try {
            return code.isEmpty() ? "" : OrderStatus.ofCode(code);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
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
