package io.shopfloor.platform.customfields.control;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.shopfloor.platform.customfields.entity.FieldDefinition;
import io.shopfloor.platform.customfields.entity.FieldType;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.InvalidValueException;
import io.shopfloor.platform.messages.Message;

/**
 * The one check of custom field values against their definitions, whatever path a write comes
 * by. It returns the values in their stored form (text trimmed, integers as Long, decimals as
 * BigDecimal, dates as yyyy-MM-dd, choices as lists) or reports every broken rule per field,
 * named {@code customFields.<key>}. Keys that are not active fields are refused.
 */
public final class CustomFieldRules {

    static final int TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 10_000;
    /** Digits a number may have before and after its decimal point. */
    static final int MAX_DIGITS = 30;
    /** Compiled custom-field patterns, the most recently used few hundred. */
    private static final Map<String, com.google.re2j.Pattern> COMPILED = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, com.google.re2j.Pattern> eldest) {
            return size() > 500;
        }
    };
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CustomFieldRules() {
    }

    /**
     * Checks a change of a record whose stored values are {@code stored}: values of deactivated
     * fields are kept as they are (echoing them unchanged is fine; changing them is refused).
     */
    public static Map<String, Object> check(Collection<FieldDefinition> definitions, Map<String, Object> values,
                                            Map<String, Object> stored) {
        Map<String, Object> input = new LinkedHashMap<>(values);
        List<String> inactive = definitions.stream().filter(d -> !d.active()).map(FieldDefinition::key).toList();
        inactive.forEach(key -> {
            if (input.containsKey(key) && Objects.equals(input.get(key), stored.get(key))) {
                input.remove(key);
            }
        });
        Map<String, Object> checked = check(definitions, input);
        inactive.stream().filter(stored::containsKey).forEach(key -> checked.put(key, stored.get(key)));
        return checked;
    }

    public static Map<String, Object> check(Collection<FieldDefinition> definitions, Map<String, Object> values) {
        Map<String, FieldDefinition> active = new LinkedHashMap<>();
        definitions.stream().filter(FieldDefinition::active).forEach(d -> active.put(d.key(), d));
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<String, Object> stored = new LinkedHashMap<>();
        for (String key : values.keySet()) {
            if (!active.containsKey(key)) {
                errors.put("customFields." + key, Message.of("customFields.notAField", key));
            }
        }
        for (FieldDefinition definition : active.values()) {
            Object value = values.get(definition.key());
            if (isEmpty(value)) {
                if (definition.required()) {
                    errors.put("customFields." + definition.key(), Message.of("customFields.labelledRequired", definition.label()));
                }
                continue;
            }
            try {
                stored.put(definition.key(), convert(definition, value));
            } catch (IllegalArgumentException broken) {
                errors.put("customFields." + definition.key(), Message.of("customFields.labelled", definition.label(), InvalidValueException.messageOf(broken)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return stored;
    }

    /**
     * One value in its stored form under {@code d}, ignoring whether the field is required.
     *
     * @throws IllegalArgumentException with the reason (to follow the field's label) if the value
     *                                  breaks a rule
     */
    public static Object storedForm(FieldDefinition d, Object value) {
        if (isEmpty(value)) {
            return null;
        }
        return convert(d, value);
    }

    /**
     * The text a list filter looks up for {@code input}: the stored form as the database's
     * {@code custom_field_text} writes it (numbers without trailing zeros). For a multi select,
     * {@code input} is one of the choices.
     */
    public static String filterText(FieldDefinition d, String input) {
        FieldDefinition single = d.type() == FieldType.MULTI_SELECT
                ? new FieldDefinition(d.key(), d.label(), FieldType.SINGLE_SELECT, false, d.options(), null, null, null, true)
                : new FieldDefinition(d.key(), d.label(), d.type(), false, d.options(), null, null, null, true);
        Object stored = storedForm(single, input);
        if (stored == null) {
            throw new InvalidValueException("customFields.filterNeedsValue");
        }
        return stored instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : stored.toString();
    }

    /**
     * What is wrong with a definition itself, per setting ({@code min}, {@code max},
     * {@code pattern}, {@code options}); empty when it is sound.
     */
    public static Map<String, Message> definitionErrors(FieldDefinition d) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (d.type() == null) {
            return errors;
        }
        switch (d.type()) {
            case INTEGER, DECIMAL -> {
                BigDecimal min = bound(d.min(), "min", errors);
                BigDecimal max = bound(d.max(), "max", errors);
                if (min != null && max != null && min.compareTo(max) > 0) {
                    errors.put("max", Message.of("customFields.maxBelowMin"));
                }
            }
            case DATE -> {
                LocalDate min = dateBound(d.min(), "min", errors);
                LocalDate max = dateBound(d.max(), "max", errors);
                if (min != null && max != null && min.isAfter(max)) {
                    errors.put("max", Message.of("customFields.maxBeforeMin"));
                }
            }
            case TEXT, LONG_TEXT, MULTI_SELECT -> {
                Integer min = countBound(d.min(), "min", errors);
                Integer max = countBound(d.max(), "max", errors);
                if (min != null && max != null && min > max) {
                    errors.put("max", Message.of("customFields.maxBelowMin"));
                }
            }
            default -> {
                if (d.min() != null) {
                    errors.put("min", Message.of("customFields.notForType"));
                }
                if (d.max() != null) {
                    errors.put("max", Message.of("customFields.notForType"));
                }
            }
        }
        if (d.pattern() != null) {
            if (d.type() != FieldType.TEXT) {
                errors.put("pattern", Message.of("customFields.patternTextOnly"));
            } else {
                try {
                    compiled(d.pattern());
                } catch (com.google.re2j.PatternSyntaxException broken) {
                    errors.put("pattern", Message.of("customFields.patternUnsupported", broken.getDescription()));
                }
            }
        }
        if (d.type().hasOptions()) {
            if (d.options().isEmpty()) {
                errors.put("options", Message.of("customFields.optionsRequired"));
            } else if (d.options().stream().anyMatch(String::isBlank)) {
                errors.put("options", Message.of("customFields.optionsBlank"));
            } else if (new LinkedHashSet<>(d.options()).size() != d.options().size()) {
                errors.put("options", Message.of("customFields.optionsDistinct"));
            } else if (d.options().stream().anyMatch(o -> o.length() > 100)) {
                errors.put("options", Message.of("customFields.optionsTooLong"));
            } else if (d.options().size() > 200) {
                errors.put("options", Message.of("customFields.optionsTooMany"));
            }
        }
        return errors;
    }

    private static BigDecimal bound(String text, String setting, Map<String, Message> errors) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            errors.put(setting, Message.of("input.number"));
            return null;
        }
    }

    private static LocalDate dateBound(String text, String setting, Map<String, Message> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            errors.put(setting, Message.of("input.date"));
            return null;
        }
    }

    private static Integer countBound(String text, String setting, Map<String, Message> errors) {
        if (text == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(text);
            if (count < 0) {
                errors.put(setting, Message.of("input.notNegative"));
            }
            return count;
        } catch (NumberFormatException notACount) {
            errors.put(setting, Message.of("customFields.countBound"));
            return null;
        }
    }

    private static Object convert(FieldDefinition d, Object value) {
        return switch (d.type()) {
            case TEXT -> text(d, value, TEXT_MAX, true);
            case LONG_TEXT -> text(d, value, LONG_TEXT_MAX, false);
            case INTEGER -> integer(d, value);
            case DECIMAL -> decimal(d, value);
            case DATE -> date(d, value);
            case BOOLEAN -> bool(value);
            case SINGLE_SELECT -> choice(d, value);
            case MULTI_SELECT -> choices(d, value);
            case EMAIL -> email(value);
            case URL -> url(value);
        };
    }

    private static String text(FieldDefinition d, Object value, int hardMax, boolean patterned) {
        if (!(value instanceof String s)) {
            throw new InvalidValueException("customFields.mustBeText");
        }
        String text = s.strip();
        int min = d.min() == null ? 0 : Integer.parseInt(d.min());
        int max = d.max() == null ? hardMax : Math.min(hardMax, Integer.parseInt(d.max()));
        if (text.length() < min) {
            throw new InvalidValueException("input.atLeastCharacters", min);
        }
        if (text.length() > max) {
            throw new InvalidValueException("input.atMostCharacters", max);
        }
        if (patterned && d.pattern() != null && !matches(d.pattern(), text)) {
            throw new InvalidValueException("customFields.wrongForm");
        }
        return text;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return compiled(pattern).matches(text);
        } catch (com.google.re2j.PatternSyntaxException badDefinition) {
            throw new IllegalStateException("The pattern of a custom field is not a valid regular expression: " + pattern, badDefinition);
        }
    }

    /**
     * An administrator's pattern, compiled once. RE2/J matches in time linear in the text, so no
     * pattern (say {@code ^(a|aa)+$}) can make a record write take exponential time; what it
     * cannot match that way (back-references, look-around) it refuses to compile.
     */
    static com.google.re2j.Pattern compiled(String pattern) {
        synchronized (COMPILED) {
            com.google.re2j.Pattern known = COMPILED.get(pattern);
            if (known != null) {
                return known;
            }
        }
        com.google.re2j.Pattern fresh = com.google.re2j.Pattern.compile(pattern);
        synchronized (COMPILED) {
            COMPILED.put(pattern, fresh);
        }
        return fresh;
    }

    private static Long integer(FieldDefinition d, Object value) {
        BigDecimal number = number(value, "input.wholeNumber");
        if (number.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("input.wholeNumber");
        }
        inRange(d, number);
        try {
            return number.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new InvalidValueException("input.tooLarge");
        }
    }

    private static BigDecimal decimal(FieldDefinition d, Object value) {
        BigDecimal number = number(value, "input.number");
        inRange(d, number);
        return number;
    }

    private static BigDecimal number(Object value, String messageKey) {
        if (value instanceof Boolean) {
            throw new InvalidValueException(messageKey);
        }
        BigDecimal number;
        try {
            number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException(messageKey);
        }
        // Bounded before anything expands it: 1e999999999 would be a billion digits as plain text.
        if (number.precision() > MAX_DIGITS || number.scale() > MAX_DIGITS || number.precision() - number.scale() > MAX_DIGITS) {
            throw new InvalidValueException("input.maxDigits", MAX_DIGITS);
        }
        return number;
    }

    private static void inRange(FieldDefinition d, BigDecimal number) {
        if (d.min() != null && number.compareTo(new BigDecimal(d.min())) < 0) {
            throw new InvalidValueException("input.atLeast", d.min());
        }
        if (d.max() != null && number.compareTo(new BigDecimal(d.max())) > 0) {
            throw new InvalidValueException("input.atMost", d.max());
        }
    }

    private static String date(FieldDefinition d, Object value) {
        LocalDate date;
        try {
            date = value instanceof LocalDate local ? local : LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidValueException("input.date");
        }
        if (d.min() != null && date.isBefore(LocalDate.parse(d.min()))) {
            throw new InvalidValueException("input.onOrAfter", d.min());
        }
        if (d.max() != null && date.isAfter(LocalDate.parse(d.max()))) {
            throw new InvalidValueException("input.onOrBefore", d.max());
        }
        return date.toString();
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip().toLowerCase()) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new InvalidValueException("input.yesOrNo");
        };
    }

    private static String choice(FieldDefinition d, Object value) {
        String choice = value.toString().strip();
        if (!d.options().contains(choice)) {
            throw new InvalidValueException("customFields.oneOf", String.join(", ", d.options()));
        }
        return choice;
    }

    private static List<String> choices(FieldDefinition d, Object value) {
        if (!(value instanceof Collection<?> list)) {
            throw new InvalidValueException("customFields.listOfChoices");
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (Object item : list) {
            String choice = item == null ? "" : item.toString().strip();
            if (!d.options().contains(choice)) {
                throw new InvalidValueException("customFields.noSuchChoice", String.valueOf(choice), String.join(", ", d.options()));
            }
            chosen.add(choice);
        }
        if (d.min() != null && chosen.size() < Integer.parseInt(d.min())) {
            throw new InvalidValueException("customFields.atLeastChoices", d.min());
        }
        if (d.max() != null && chosen.size() > Integer.parseInt(d.max())) {
            throw new InvalidValueException("customFields.atMostChoices", d.max());
        }
        return new ArrayList<>(chosen);
    }

    private static String email(Object value) {
        String email = value.toString().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException("input.email");
        }
        return email;
    }

    private static String url(Object value) {
        String url = value.toString().strip();
        try {
            URI uri = new URI(url);
            if (url.length() <= 2000 && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // reported below
        }
        throw new InvalidValueException("input.url");
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }
}
