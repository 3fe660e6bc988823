package io.shopfloor.platform.customfields.entity;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to define or change a custom field. {@code defaultValue} is
 * checked like a value of the field (text, number, date, true/false, an option, a list of options).
 */
public record DefinitionDraft(
        @NotBlank(message = "{input.required}")
        @Pattern(regexp = "[a-z][a-z0-9_]{0,62}", message = "{input.customFieldKey}")
        String key,
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String label,
        @NotNull(message = "{input.chooseType}") FieldType type,
        @Size(max = 1000, message = "{input.tooLong}") String helpText,
        boolean required,
        Object defaultValue,
        List<String> options,
        @Size(max = 40, message = "{input.tooLong}") String min,
        @Size(max = 40, message = "{input.tooLong}") String max,
        @Size(max = 500, message = "{input.tooLong}") String pattern) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DefinitionDraft {
        options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o.strip()).toList();
        min = blankToNull(min);
        max = blankToNull(max);
        pattern = blankToNull(pattern);
        helpText = blankToNull(helpText);
        label = label == null ? null : label.strip();
        key = key == null ? null : key.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The draft as the rules see a definition (active, so its values are checked). */
    public FieldDefinition asDefinition() {
        return new FieldDefinition(key, label, type, required, type != null && type.hasOptions() ? options : List.of(),
                min, max, pattern, true);
    }
}
