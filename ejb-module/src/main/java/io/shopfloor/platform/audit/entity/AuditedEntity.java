package io.shopfloor.platform.audit.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of records in the audit log, by the table the audit trigger names, with what people
 * call them and the permission it takes to read their contents in the audit trail (the same as
 * on their own screens: {@code audit:read} alone shows who changed what kind of record and when).
 * {@code security} holds failed sign-ins and permission denials.
 */
public enum AuditedEntity {
    ORDERS("orders", "Order", "orders:read"),
    ORDER_STATUS_HISTORY("order_status_history", "Order status", "orders:read"),
    CUSTOMERS("customers", "Customer", "customers:read"),
    PRODUCTS("products", "Product", "products:read"),
    PRODUCT_OPTIONS("product_options", "Product option", "products:read"),
    PRODUCT_STAGE_ESTIMATES("product_stage_estimates", "Product stage estimate", "products:read"),
    PRODUCTION_STAGES("production_stages", "Production stage", "production:read"),
    PRODUCTION_STAGE_ROLES("production_stage_roles", "Stage responsibility", "production:read"),
    BATCHES("batches", "Batch", "production:read"),
    BATCH_ORDERS("batch_orders", "Batch order", "production:read"),
    STAGE_ASSIGNMENTS("stage_assignments", "Stage assignment", "production:read"),
    USERS("users", "User", "users:read"),
    ROLES("roles", "Role", "roles:read"),
    ROLE_PERMISSIONS("role_permissions", "Role permission", "roles:read"),
    USER_ROLES("user_roles", "Role assignment", "users:read"),
    API_TOKENS("api_tokens", "API token", "tokens:read"),
    CUSTOM_FIELD_DEFINITIONS("custom_field_definitions", "Custom field", "customfields:read"),
    TENANTS("tenants", "Organization", "tenant:read"),
    SECURITY("security", "Security event", "audit:read");

    private final String table;
    private final String label;
    private final String readPermission;

    AuditedEntity(String table, String label, String readPermission) {
        this.table = table;
        this.label = label;
        this.readPermission = readPermission;
    }

    public String readPermission() {
        return readPermission;
    }

    public String table() {
        return table;
    }

    public String label() {
        return label;
    }

    public static Optional<AuditedEntity> ofTable(String table) {
        return Arrays.stream(values()).filter(e -> e.table.equals(table)).findFirst();
    }

    /** The label of a stored table name; an unknown one is shown as it is. */
    public static String labelOf(String table) {
        return ofTable(table).map(AuditedEntity::label).orElse(table);
    }
}
