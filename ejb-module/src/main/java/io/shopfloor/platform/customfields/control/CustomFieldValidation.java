package io.shopfloor.platform.customfields.control;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.customfields.entity.FieldDefinition;
import io.shopfloor.platform.customfields.entity.FieldType;

/**
 * Checks custom field values against the caller's tenant's definitions for an entity type (row
 * level security shows no other tenant's), with {@link CustomFieldRules}, and returns them in
 * their stored form. Every service that writes custom fields calls this.
 */
@Dependent
public class CustomFieldValidation {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    /** The values of a new record, checked. */
    public Map<String, Object> check(String entityType, Map<String, Object> values) {
        return CustomFieldRules.check(definitions(entityType), values);
    }

    /** The values of a changed record, checked; deactivated fields keep their stored values. */
    public Map<String, Object> check(String entityType, Map<String, Object> values, Map<String, Object> stored) {
        return CustomFieldRules.check(definitions(entityType), values, stored);
    }

    List<FieldDefinition> definitions(String entityType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT field_key, label, field_type, required, coalesce(options, '[]')::text,
                               min_value, max_value, pattern, active
                        FROM shopfloor.custom_field_definitions WHERE entity_type = ?1 ORDER BY position, field_key""")
                .setParameter(1, entityType)
                .getResultList();
        return rows.stream().map(r -> new FieldDefinition((String) r[0], (String) r[1], FieldType.ofCode((String) r[2]),
                (Boolean) r[3], options(r[4]), (String) r[5], (String) r[6], (String) r[7], (Boolean) r[8])).toList();
    }

    private static List<String> options(Object json) {
        List<?> options = JSON.fromJson(json.toString(), List.class);
        return options.stream().map(Object::toString).toList();
    }
}
