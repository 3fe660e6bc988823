package io.shopfloor.platform.audit.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of records in the audit log, by the table the audit trigger names, with what people
 * call them. {@code security} holds failed sign-ins and permission denials.
 */
public enum AuditedEntity {
    ORDERS("orders", "Order"),
    ORDER_STATUS_HISTORY("order_status_history", "Order status"),
    CUSTOMERS("customers", "Customer"),
    PRODUCTS("products", "Product"),
    PRODUCT_OPTIONS("product_options", "Product option"),
    PRODUCT_STAGE_ESTIMATES("product_stage_estimates", "Product stage estimate"),
    PRODUCTION_STAGES("production_stages", "Production stage"),
    PRODUCTION_STAGE_ROLES("production_stage_roles", "Stage responsibility"),
    BATCHES("batches", "Batch"),
    BATCH_ORDERS("batch_orders", "Batch order"),
    STAGE_ASSIGNMENTS("stage_assignments", "Stage assignment"),
    USERS("users", "User"),
    ROLES("roles", "Role"),
    ROLE_PERMISSIONS("role_permissions", "Role permission"),
    USER_ROLES("user_roles", "Role assignment"),
    API_TOKENS("api_tokens", "API token"),
    CUSTOM_FIELD_DEFINITIONS("custom_field_definitions", "Custom field"),
    TENANTS("tenants", "Organization"),
    SECURITY("security", "Security event");

    private final String table;
    private final String label;

    AuditedEntity(String table, String label) {
        this.table = table;
        this.label = label;
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
