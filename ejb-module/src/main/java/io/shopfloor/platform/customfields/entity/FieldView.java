package io.shopfloor.platform.customfields.entity;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A custom field as screens and the API show it. {@code defaultValue} is in stored form. */
public record FieldView(UUID id, String entityType, String key, String label, FieldType type, String helpText,
                        boolean required, Object defaultValue, List<String> options, String min, String max,
                        String pattern, int position, boolean active, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FieldView {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
