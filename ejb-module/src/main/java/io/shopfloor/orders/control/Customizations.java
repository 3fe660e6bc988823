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
                throw invalid("every value needs a name");
            }
            if (name.length() > MAX_NAME) {
                throw invalid("the name \"" + name.substring(0, 20) + "…\" is longer than " + MAX_NAME + " characters");
            }
            if (value == null || "".equals(value)) {
                continue;
            }
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw invalid("\"" + name + "\" must be a text, a number or yes/no, not a list or an object");
            }
            if (value instanceof Number number && !(number instanceof BigDecimal) && !Double.isFinite(number.doubleValue())) {
                throw invalid("\"" + name + "\" must be a finite number");
            }
            if (value.toString().length() > MAX_VALUE) {
                throw invalid("\"" + name + "\" is longer than " + MAX_VALUE + " characters");
            }
            if (checked.containsKey(name)) {
                throw invalid("\"" + name + "\" is given twice");
            }
            checked.put(name, value);
        }
        if (checked.size() > MAX_ENTRIES) {
            throw invalid("at most " + MAX_ENTRIES + " customizations per order");
        }
        return checked;
    }

    private static InvalidInputException invalid(String message) {
        return InvalidInputException.of("customizations", message);
    }
}
