package io.shopfloor.web.screens.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.shopfloor.platform.errors.InvalidInputException;

/**
 * An order's customizations as the order form shows them: one {@code name: value} per line.
 * The service checks the pairs; this only splits and joins lines.
 */
final class CustomizationLines {

    private CustomizationLines() {
    }

    static Map<String, Object> parse(String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw InvalidInputException.of("customizations", "input.customizationLine", number);
            }
            String name = line.substring(0, colon).strip();
            if (values.containsKey(name)) {
                throw InvalidInputException.of("customizations", "input.customizationTwice", name);
            }
            values.put(name, line.substring(colon + 1).strip());
        }
        return values;
    }

    static String format(Map<String, Object> values) {
        return values == null ? "" : values.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
