package io.shopfloor.orders.entity;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.shopfloor.platform.customfields.entity.CustomFieldsConverter;

@Entity
@Table(name = "customers")
public class Customer {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String name;
    private String email;
    private String phone;
    private String notes;

    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(UUID tenantId, CustomerDraft draft) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        apply(draft);
    }

    public final void apply(CustomerDraft draft) {
        this.name = draft.name().strip();
        this.email = blankToNull(draft.email());
        this.phone = blankToNull(draft.phone());
        this.notes = blankToNull(draft.notes());
        this.customFields = new LinkedHashMap<>(draft.customFieldsOrEmpty());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** This customer as reads show it, with the custom field values that are shown (active fields). */
    public CustomerView view(Map<String, Object> shownCustomFields) {
        return new CustomerView(id, name, email, phone, notes, Map.copyOf(shownCustomFields), createdAt, updatedAt, version);
    }

    public UUID getId() {
        return id;
    }

    public Map<String, Object> getCustomFields() {
        return Map.copyOf(customFields);
    }

    public long getVersion() {
        return version;
    }
}
