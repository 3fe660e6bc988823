package io.shopfloor.platform.customfields.control;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.errors.InvalidInputException;

/**
 * Checks custom field values against the tenant's definitions for an entity type. Today it
 * enforces that every key is a defined, active field and that required fields are present; the
 * per-type rules of the definitions build on this same entry point.
 */
@Dependent
public class CustomFieldValidation {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    public void check(String entityType, Map<String, Object> values) {
        @SuppressWarnings("unchecked")
        List<Object[]> definitions = em.createNativeQuery(
                        "SELECT field_key, label, required FROM shopfloor.custom_field_definitions WHERE entity_type = ?1 AND active")
                .setParameter(1, entityType)
                .getResultList();
        Set<String> known = new HashSet<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Object[] definition : definitions) {
            String key = (String) definition[0];
            known.add(key);
            Object value = values.get(key);
            if (Boolean.TRUE.equals(definition[2]) && (value == null || value.toString().isBlank())) {
                errors.put("customFields." + key, definition[1] + " is required");
            }
        }
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                errors.put("customFields." + key, "is not a field of " + entityType);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
