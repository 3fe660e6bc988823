package io.shopfloor.platform.customfields.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/**
 * The entities that carry custom fields. The code is the entity's table in the shopfloor schema
 * (its {@code custom_fields} column, and the trigger that keeps {@code custom_field_values}); a
 * new entity registers here and gets definitions, validation, filters and screens from the
 * custom field services without further code.
 */
public enum CustomFieldEntity implements Coded, Labelled {
    CUSTOMERS("customers"),
    ORDERS("orders"),
    PRODUCTS("products"),
    ISSUES("issues"),
    WORKER_PROFILES("worker_profiles");

    private final String code;

    CustomFieldEntity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The kind of record, as the console names it ("Orders"). */
    @Override
    public Message label() {
        return Message.of("customFields.entity." + code);
    }

    /** How messages count the records: "3 orders". */
    public Message records() {
        return Message.of("customFields.records." + code);
    }

    /** The table, qualified; only ever one of the constants above, never caller input. */
    public String table() {
        return "shopfloor." + code;
    }

    public static CustomFieldEntity ofCode(String code) {
        return Coded.ofCode(CustomFieldEntity.class, code);
    }
}
