package io.shopfloor.orders.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.shopfloor.platform.errors.InvalidInputException;

/**
 * An order's customizations (engraving, cable length, ...): free pairs of a name and a plain value,
 * kept small and flat so screens, the API and reports can show them as they are. Blank names and
 * empty values are dropped; nested objects and lists are refused.
 */
public final class Customizations {

    public static final int MAX_ENTRIES = 50;
    public static final int MAX_NAME = 100;
    public static final int MAX_VALUE = 1000;

    private Customizations() {
    }

    /** The checked customizations in their stored form (names stripped, texts stripped). */
    public static Map<String, Object> check(Map<String, Object> given) {
        Map<String, Object> checked = new LinkedHashMap<>();
        if (given == null) {
            return checked;
        }
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String name = entry.getKey() == null ? "" : entry.getKey().strip();
            Object value = entry.getValue() instanceof String text ? text.strip() : entry.getValue();
            if (name.isEmpty() && (value == null || "".equals(value))) {
                continue;
            }
            if (name.isEmpty()) {
                throw invalid("orders.customizationNeedsName");
            }
            if (name.length() > MAX_NAME) {
                throw invalid("orders.customizationNameTooLong", name.substring(0, 20), MAX_NAME);
            }
            if (value == null || "".equals(value)) {
                continue;
            }
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw invalid("orders.customizationKind", name);
            }
            if (value instanceof Number number && !(number instanceof BigDecimal) && !Double.isFinite(number.doubleValue())) {
                throw invalid("orders.customizationFinite", name);
            }
            if (value.toString().length() > MAX_VALUE) {
                throw invalid("orders.customizationTooLong", name, MAX_VALUE);
            }
            if (checked.containsKey(name)) {
                throw invalid("orders.customizationTwice", name);
            }
            checked.put(name, value);
        }
        if (checked.size() > MAX_ENTRIES) {
            throw invalid("orders.tooManyCustomizations", MAX_ENTRIES);
        }
        return checked;
    }

    private static InvalidInputException invalid(String key, Object... parameters) {
        return InvalidInputException.of("customizations", key, parameters);
    }
}
