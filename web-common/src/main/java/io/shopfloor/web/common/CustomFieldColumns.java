package io.shopfloor.web.common;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;

import io.shopfloor.platform.customfields.control.CustomFieldQueries;
import io.shopfloor.platform.customfields.entity.FieldView;
import io.shopfloor.platform.errors.InvalidInputException;

/**
 * The custom field columns of a lazy list: which of the entity's active fields are shown, how a
 * cell shows a value, and the column filters (fields named {@code cf.<key>}) as the services take
 * them. Lists name such columns' {@code field} {@code cf.<key>}, which is also how they sort.
 */
public class CustomFieldColumns implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The prefix of a custom field column's field name, in sorts and filters alike. */
    public static final String PREFIX = CustomFieldQueries.PREFIX;
    /** Columns shown until the user chooses. */
    private static final int DEFAULT_SHOWN = 3;

    private final List<FieldView> fields;
    private List<String> shownKeys;

    /** @param fields the entity's active fields, in their order */
    public CustomFieldColumns(List<FieldView> fields) {
        this.fields = List.copyOf(fields);
    }

    public List<FieldView> getFields() {
        return fields;
    }

    /** The columns shown, in the fields' order. */
    public List<FieldView> getShown() {
        List<String> keys = getShownKeys();
        return getFields().stream().filter(f -> keys.contains(f.key())).toList();
    }

    public List<String> getShownKeys() {
        if (shownKeys == null) {
            shownKeys = new ArrayList<>(getFields().stream().limit(DEFAULT_SHOWN).map(FieldView::key).toList());
        }
        return shownKeys;
    }

    public void setShownKeys(List<String> shownKeys) {
        this.shownKeys = shownKeys == null ? new ArrayList<>() : new ArrayList<>(shownKeys);
    }

    /** How a cell shows a value: choices joined, yes/no for booleans. */
    public String cell(Object value) {
        if (value instanceof Collection<?> choices) {
            return choices.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return value == null ? "" : value.toString();
    }

    /**
     * After the shown columns change: the table keeps filters and sorts by column position, so
     * they start afresh rather than apply to a column that moved or went away.
     */
    public void shownChanged(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.reset();
        }
    }

    /**
     * Shows on top what the service refused about the column filters (the messages name the field).
     * Lists check their filters in the filter event, before the table renders its rows.
     */
    public static void showRefused(InvalidInputException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        refused.fieldErrors().values().forEach(message -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Character.toUpperCase(message.charAt(0)) + message.substring(1), null)));
    }

    /** The table's non-empty custom field column filters, key to value. */
    public static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> byKey = new LinkedHashMap<>();
        filterBy.values().forEach(meta -> {
            Object value = meta.getFilterValue();
            if (meta.getField() != null && meta.getField().startsWith(PREFIX) && value != null && !value.toString().isBlank()) {
                byKey.put(meta.getField().substring(PREFIX.length()), value.toString());
            }
        });
        return byKey;
    }
}
