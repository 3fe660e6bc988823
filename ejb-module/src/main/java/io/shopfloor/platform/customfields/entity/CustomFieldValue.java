package io.shopfloor.platform.customfields.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One value of one record's custom field in canonical text form, as the database trigger keeps
 * it (never written by the application): list filters look values up in its index rather than in the jsonb.
 */
@Entity
@Table(name = "custom_field_values")
@IdClass(CustomFieldValue.Key.class)
public class CustomFieldValue {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Id
    @Column(name = "entity_type")
    private String entityType;

    @Id
    @Column(name = "field_key")
    private String fieldKey;

    @Id
    private String value;

    @Id
    @Column(name = "entity_id")
    private UUID entityId;

    protected CustomFieldValue() {
    }

    /** The primary key (every column: a record's value of a field is listed once). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private UUID tenantId;
        private String entityType;
        private String fieldKey;
        private String value;
        private UUID entityId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(entityType, k.entityType)
                    && Objects.equals(fieldKey, k.fieldKey) && Objects.equals(value, k.value) && Objects.equals(entityId, k.entityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, entityType, fieldKey, value, entityId);
        }
    }
}
