package io.shopfloor.web.common;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shopfloor.platform.customfields.entity.FieldView;

/**
 * The custom field inputs of a form: the entity's active fields and the values their inputs edit
 * (dates as LocalDate, numbers as BigDecimal, multi selects as lists), converted to and from the
 * form the services take. Rendered by {@code /shopfloor/custom-fields.xhtml}; input ids are
 * {@code cf_<key>}, so the services' {@code customFields.<key>} errors land on their inputs.
 */
public class CustomFieldForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FieldView> fields;
    private final Map<String, Object> values = new HashMap<>();

    private CustomFieldForm(List<FieldView> fields) {
        this.fields = List.copyOf(fields);
    }

    /** A form for a new record: each field starts at its default. */
    public static CustomFieldForm forNew(List<FieldView> fields) {
        CustomFieldForm form = new CustomFieldForm(fields);
        fields.forEach(f -> form.values.put(f.key(), inputValue(f, f.defaultValue())));
        return form;
    }

    /** A form for a stored record's values. */
    public static CustomFieldForm forStored(List<FieldView> fields, Map<String, Object> stored) {
        CustomFieldForm form = new CustomFieldForm(fields);
        fields.forEach(f -> form.values.put(f.key(), inputValue(f, stored.get(f.key()))));
        return form;
    }

    /**
     * The entered values as the services take them; an emptied input is sent as null ("no value"),
     * so a default the user cleared stays cleared.
     */
    public Map<String, Object> entered() {
        Map<String, Object> entered = new LinkedHashMap<>();
        for (FieldView field : fields) {
            Object value = values.get(field.key());
            if (value instanceof LocalDate date) {
                value = date.toString();
            } else if (value instanceof Object[] array) {
                value = Arrays.asList(array);
            }
            boolean empty = value == null || value instanceof String text && text.isBlank()
                    || value instanceof Collection<?> list && list.isEmpty();
            entered.put(field.key(), empty ? null : value);
        }
        return entered;
    }

    /** Client ids of the inputs by the services' field names, for {@link ServiceErrors}. */
    public Map<String, String> inputs(String formId) {
        Map<String, String> inputs = new HashMap<>();
        fields.forEach(f -> inputs.put("customFields." + f.key(), formId + ":cf_" + f.key()));
        return inputs;
    }

    private static Object inputValue(FieldView field, Object stored) {
        if (stored == null) {
            return null;
        }
        return switch (field.type()) {
            case DATE -> LocalDate.parse(stored.toString());
            case INTEGER, DECIMAL -> new BigDecimal(stored.toString());
            case BOOLEAN -> stored.toString();
            case MULTI_SELECT -> stored instanceof Collection<?> list ? new ArrayList<>(list.stream().map(String::valueOf).toList()) : List.of(stored.toString());
            default -> stored.toString();
        };
    }

    public List<FieldView> getFields() {
        return fields;
    }

    public Map<String, Object> getValues() {
        return values;
    }
}
