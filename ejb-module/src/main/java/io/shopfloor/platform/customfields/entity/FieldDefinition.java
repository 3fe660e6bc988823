package io.shopfloor.platform.customfields.entity;

import java.io.Serializable;
import java.util.List;

/**
 * One custom field of an entity type, as the validator needs it. {@code min} and {@code max}
 * bound numbers (integer, decimal), dates (yyyy-MM-dd) or text length (text, long text), and the
 * number of choices of a multi select; {@code pattern} is a regular expression text must match.
 */
public record FieldDefinition(String key, String label, FieldType type, boolean required, List<String> options,
                              String min, String max, String pattern, boolean active) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
