package io.shopfloor.platform.customfields.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A tenant's definition of one custom field of an entity type. */
@Entity
@Table(name = "custom_field_definitions")
public class CustomFieldDefinition {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "field_key", nullable = false)
    private String key;

    private String label;

    @Column(name = "field_type")
    private FieldType type;

    @Column(name = "help_text")
    private String helpText;

    private boolean required;

    @Convert(converter = JsonValueConverter.class)
    @Column(name = "default_value")
    private Object defaultValue;

    @Convert(converter = OptionsConverter.class)
    private List<String> options = new ArrayList<>();

    @Column(name = "min_value")
    private String min;

    @Column(name = "max_value")
    private String max;

    private String pattern;

    private int position;

    private boolean active = true;

    @Version
    private long version;

    protected CustomFieldDefinition() {
    }

    public CustomFieldDefinition(UUID tenantId, CustomFieldEntity entity, int position, DefinitionDraft draft, Object storedDefault) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.entityType = entity.code();
        this.position = position;
        apply(draft, storedDefault);
    }

    /** Takes the draft's settings; {@code storedDefault} is its default value, already checked. */
    public void apply(DefinitionDraft draft, Object storedDefault) {
        this.key = draft.key();
        this.label = draft.label();
        this.type = draft.type();
        this.helpText = draft.helpText();
        this.required = draft.required();
        this.defaultValue = storedDefault;
        this.options = draft.type().hasOptions() ? new ArrayList<>(draft.options()) : new ArrayList<>();
        this.min = draft.min();
        this.max = draft.max();
        this.pattern = draft.type() == FieldType.TEXT ? draft.pattern() : null;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    /** This field as the rules see it. */
    public FieldDefinition definition() {
        return new FieldDefinition(key, label, type, required, options, min, max, pattern, active);
    }

    public FieldView view() {
        return new FieldView(id, entityType, key, label, type, helpText, required, defaultValue, options, min, max,
                pattern, position, active, version);
    }

    public UUID getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
