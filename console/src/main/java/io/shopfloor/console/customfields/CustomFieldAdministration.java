package io.shopfloor.console.customfields;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;

import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.customfields.entity.DefinitionDraft;
import io.shopfloor.platform.customfields.entity.FieldType;
import io.shopfloor.platform.customfields.entity.FieldView;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.Reordering;
import io.shopfloor.web.common.ServiceErrors;

/** The custom fields of one entity type at a time: define, change, reorder, deactivate, reactivate. */
@Named
@ViewScoped
public class CustomFieldAdministration implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "key", "field:key", "label", "field:label", "type", "field:type", "helpText", "field:helpText",
            "defaultValue", "field:defaultValue", "options", "field:options", "min", "field:min", "max", "field:max",
            "pattern", "field:pattern");

    @EJB
    CustomFields customFields;

    private CustomFieldEntity entity = CustomFieldEntity.ORDERS;
    private List<FieldView> fields;

    /** The field being edited; null while a new one is being defined. */
    private FieldView editing;
    private long recordsWithValues;
    private String key;
    private String label;
    private FieldType type = FieldType.TEXT;
    private String helpText;
    private boolean required;
    private String defaultText;
    private List<String> defaultChoices = new ArrayList<>();
    private List<String> options = new ArrayList<>();
    private String min;
    private String max;
    private String pattern;

    public List<FieldView> getFields() {
        if (fields == null) {
            fields = new ArrayList<>(customFields.definitions(entity.code()));
        }
        return fields;
    }

    public void newField() {
        editing = null;
        recordsWithValues = 0;
        key = null;
        label = null;
        type = FieldType.TEXT;
        helpText = null;
        required = false;
        defaultText = null;
        defaultChoices = new ArrayList<>();
        options = new ArrayList<>();
        min = null;
        max = null;
        pattern = null;
    }

    public void edit(FieldView field) {
        editing = field;
        try {
            recordsWithValues = customFields.recordsWithValues(field.id());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
            return;
        }
        key = field.key();
        label = field.label();
        type = field.type();
        helpText = field.helpText();
        required = field.required();
        defaultChoices = field.defaultValue() instanceof List<?> list ? new ArrayList<>(list.stream().map(String::valueOf).toList()) : new ArrayList<>();
        defaultText = field.defaultValue() == null || field.defaultValue() instanceof List<?> ? null : field.defaultValue().toString();
        options = new ArrayList<>(field.options());
        min = field.min();
        max = field.max();
        pattern = field.pattern();
    }

    public void save() {
        // Settings the chosen type hides are not sent: they would be refused with no input to show it on.
        boolean limited = getLimitsMeaning() != null;
        Object defaultValue = type == FieldType.MULTI_SELECT ? defaultChoices : defaultText;
        DefinitionDraft draft = new DefinitionDraft(key, label, type, helpText, required, defaultValue,
                type.hasOptions() ? options : List.of(), limited ? min : null, limited ? max : null,
                type == FieldType.TEXT ? pattern : null);
        Map<String, String> inputs = new HashMap<>(INPUTS);
        if (type == FieldType.MULTI_SELECT) {
            inputs.put("defaultValue", "field:defaultChoices");
        }
        try {
            FieldView saved = editing == null
                    ? customFields.create(entity.code(), draft)
                    : customFields.update(editing.id(), editing.version(), draft);
            Texts.info(editing == null ? "fields.added" : "fields.saved", saved.label(), entity.records());
            fields = null;
            PrimeFaces.current().executeScript("PF('fieldDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs);
        }
    }

    public void setActive(FieldView field, boolean active) {
        try {
            customFields.setActive(field.id(), field.version(), active);
            Texts.info(active ? "fields.active" : "fields.deactivated", field.label());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
        fields = null;
    }

    /** A row dragged to a new place: the new order is saved at once. */
    public void reorder(ReorderEvent event) {
        // The table has already moved the row in the list it shows.
        saveOrder(getFields());
    }

    /** The keyboard's way: "Move up" (-1) or "Move down" (+1) on the row at {@code index}. */
    public void move(int index, int step) {
        saveOrder(Reordering.moved(getFields(), index, step));
    }

    private void saveOrder(List<FieldView> rows) {
        List<UUID> order = rows.stream().map(FieldView::id).toList();
        try {
            fields = new ArrayList<>(customFields.reorder(entity.code(), order));
            Texts.info("fields.orderSaved");
        } catch (RuntimeException e) {
            fields = null;
            ServiceErrors.show(e, Map.of());
        }
    }

    public void entityChanged() {
        fields = null;
    }


    public List<CustomFieldEntity> getEntities() {
        return Arrays.asList(CustomFieldEntity.values());
    }

    public FieldType[] getTypes() {
        return FieldType.values();
    }

    /** How the console names a type, in the page's language. */
    public String typeLabel(FieldType fieldType) {
        return Texts.get("fieldType." + fieldType.code());
    }

    /** What min and max mean for the chosen type; null where they do not apply. */
    public String getLimitsMeaning() {
        return switch (type) {
            case INTEGER, DECIMAL -> Texts.get("customFields.limits.number");
            case DATE -> Texts.get("customFields.limits.date");
            case TEXT, LONG_TEXT -> Texts.get("customFields.limits.text");
            case MULTI_SELECT -> Texts.get("customFields.limits.choices");
            default -> null;
        };
    }

    public boolean isKeyLocked() {
        return editing != null && recordsWithValues > 0;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public long getRecordsWithValues() {
        return recordsWithValues;
    }

    public CustomFieldEntity getEntity() {
        return entity;
    }

    public void setEntity(CustomFieldEntity entity) {
        this.entity = entity == null ? CustomFieldEntity.ORDERS : entity;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public String getHelpText() {
        return helpText;
    }

    public void setHelpText(String helpText) {
        this.helpText = helpText;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getDefaultText() {
        return defaultText;
    }

    public void setDefaultText(String defaultText) {
        this.defaultText = defaultText;
    }

    public List<String> getDefaultChoices() {
        return defaultChoices;
    }

    public void setDefaultChoices(List<String> defaultChoices) {
        this.defaultChoices = defaultChoices == null ? new ArrayList<>() : new ArrayList<>(defaultChoices);
    }

    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> options) {
        this.options = options == null ? new ArrayList<>() : new ArrayList<>(options);
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }
}
