package io.shopfloor.platform.audit.control;

import java.util.Map;
import java.util.Optional;

/**
 * Names behind the ids an audit row mentions (users, roles, customers, orders) and the labels of
 * custom fields by record kind and key, as far as they still exist.
 */
public record Lookups(Map<String, String> namesById, Map<String, Map<String, String>> customFieldLabels) {

    public static final Lookups NONE = new Lookups(Map.of(), Map.of());

    public Lookups {
        namesById = Map.copyOf(namesById);
        customFieldLabels = Map.copyOf(customFieldLabels);
    }

    public Optional<String> name(String id) {
        return Optional.ofNullable(id == null ? null : namesById.get(id));
    }

    /** The field's label; its key when the definition is gone. */
    public String customFieldLabel(String entityType, String key) {
        return customFieldLabels.getOrDefault(entityType, Map.of()).getOrDefault(key, key);
    }
}
