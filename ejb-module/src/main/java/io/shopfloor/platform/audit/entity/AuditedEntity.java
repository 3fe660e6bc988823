package io.shopfloor.platform.audit.entity;

import java.util.Arrays;
import java.util.Optional;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;

/**
 * The kinds of records in the audit log, by the table the audit trigger names, with what people
 * call them and the permission it takes to read their contents in the audit trail (the same as
 * on their own screens: {@code audit:read} alone shows who changed what kind of record and when).
 * {@code security} holds failed sign-ins and permission denials.
 */
public enum AuditedEntity implements Labelled {
    ORDERS("orders", "audit.entity.orders", "orders:read"),
    ORDER_STATUS_HISTORY("order_status_history", "audit.entity.orderStatus", "orders:read"),
    CUSTOMERS("customers", "audit.entity.customers", "customers:read"),
    PRODUCTS("products", "audit.entity.products", "products:read"),
    PRODUCT_OPTIONS("product_options", "audit.entity.productOptions", "products:read"),
    PRODUCT_STAGE_ESTIMATES("product_stage_estimates", "audit.entity.productStageEstimates", "products:read"),
    PRODUCTION_STAGES("production_stages", "audit.entity.productionStages", "production:read"),
    PRODUCTION_STAGE_ROLES("production_stage_roles", "audit.entity.productionStageRoles", "production:read"),
    BATCHES("batches", "audit.entity.batches", "production:read"),
    BATCH_ORDERS("batch_orders", "audit.entity.batchOrders", "production:read"),
    STAGE_ASSIGNMENTS("stage_assignments", "audit.entity.stageAssignments", "production:read"),
    CHECKLIST_TEMPLATES("checklist_templates", "audit.entity.checklists", "quality:read"),
    CHECKLIST_ITEMS("checklist_items", "audit.entity.checklistItems", "quality:read"),
    QUALITY_CHECKS("quality_checks", "audit.entity.checks", "quality:read"),
    QUALITY_CHECK_RESULTS("quality_check_results", "audit.entity.checkResults", "quality:read"),
    FILES("files", "audit.entity.files", "quality:read"),
    ISSUE_CATEGORIES("issue_categories", "audit.entity.issueCategories", "quality:read"),
    ISSUES("issues", "audit.entity.issues", "quality:read"),
    QUALITY_GATE_OVERRIDES("quality_gate_overrides", "audit.entity.gateOverrides", "quality:read"),
    USERS("users", "audit.entity.users", "users:read"),
    ROLES("roles", "audit.entity.roles", "roles:read"),
    ROLE_PERMISSIONS("role_permissions", "audit.entity.rolePermissions", "roles:read"),
    USER_ROLES("user_roles", "audit.entity.userRoles", "users:read"),
    API_TOKENS("api_tokens", "audit.entity.apiTokens", "tokens:read"),
    CUSTOM_FIELD_DEFINITIONS("custom_field_definitions", "audit.entity.customFieldDefinitions", "customfields:read"),
    TENANTS("tenants", "audit.entity.tenants", "tenant:read"),
    WORKER_PROFILES("worker_profiles", "audit.entity.workerProfiles", "people:read"),
    WORKER_SKILLS("worker_skills", "audit.entity.workerSkills", "people:read"),
    WORK_PATTERNS("work_patterns", "audit.entity.workPatterns", "people:read"),
    ORGANIZATION_HOLIDAYS("organization_holidays", "audit.entity.holidays", "people:read"),
    AVAILABILITY_EXCEPTIONS("availability_exceptions", "audit.entity.availabilityExceptions", "people:read"),
    WORK_INTERVALS("work_intervals", "audit.entity.workIntervals", "people:read"),
    ASSIGNMENT_OVERRIDES("assignment_overrides", "audit.entity.assignmentOverrides", "people:read"),
    SECURITY("security", "audit.entity.security", "audit:read");

    private final String table;
    private final String labelKey;
    private final String readPermission;

    AuditedEntity(String table, String labelKey, String readPermission) {
        this.table = table;
        this.labelKey = labelKey;
        this.readPermission = readPermission;
    }

    public String readPermission() {
        return readPermission;
    }

    public String table() {
        return table;
    }

    /** What people call this kind of record, in their language. */
    @Override
    public Message label() {
        return Message.of(labelKey);
    }

    public static Optional<AuditedEntity> ofTable(String table) {
        return Arrays.stream(values()).filter(e -> e.table.equals(table)).findFirst();
    }

    /** The label of a stored table name; an unknown one is shown as it is. */
    public static Message labelOf(String table) {
        return ofTable(table).map(AuditedEntity::label).orElse(Message.verbatim(table));
    }
}
