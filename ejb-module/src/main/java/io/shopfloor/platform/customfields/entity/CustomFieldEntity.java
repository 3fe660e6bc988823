package io.shopfloor.platform.customfields.entity;

import io.shopfloor.platform.types.Coded;

/**
 * The entities that carry custom fields. The code is the entity's table in the shopfloor schema
 * (its {@code custom_fields} column, and the trigger that keeps {@code custom_field_values}); a
 * new entity registers here and gets definitions, validation, filters and screens from the
 * custom field services without further code.
 */
public enum CustomFieldEntity implements Coded {
    CUSTOMERS("customers", "Customers", "customers"),
    ORDERS("orders", "Orders", "orders"),
    PRODUCTS("products", "Products", "products");

    private final String code;
    private final String label;
    private final String recordsNoun;

    CustomFieldEntity(String code, String label, String recordsNoun) {
        this.code = code;
        this.label = label;
        this.recordsNoun = recordsNoun;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** How messages count records: "3 orders". */
    public String recordsNoun() {
        return recordsNoun;
    }

    /** The table, qualified; only ever one of the constants above, never caller input. */
    public String table() {
        return "shopfloor." + code;
    }

    public static CustomFieldEntity ofCode(String code) {
        return Coded.ofCode(CustomFieldEntity.class, code, "entity type");
    }
}
