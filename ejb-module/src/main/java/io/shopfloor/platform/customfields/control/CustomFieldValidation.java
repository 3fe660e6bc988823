package io.shopfloor.platform.customfields.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
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

    /** The values of a new record, checked; active fields left out get their default. */
    public Map<String, Object> check(CustomFieldEntity entity, Map<String, Object> values) {
        List<Defined> defined = definitions(entity, true);
        Map<String, Object> withDefaults = new LinkedHashMap<>(values);
        defined.stream()
                .filter(d -> d.definition().active() && d.defaultValue() != null && !values.containsKey(d.definition().key()))
                .forEach(d -> withDefaults.put(d.definition().key(), d.defaultValue()));
        return CustomFieldRules.check(defined.stream().map(Defined::definition).toList(), withDefaults);
    }

    /** The values of a changed record, checked; deactivated fields keep their stored values. */
    public Map<String, Object> check(CustomFieldEntity entity, Map<String, Object> values, Map<String, Object> stored) {
        return CustomFieldRules.check(definitions(entity, true).stream().map(Defined::definition).toList(), values, stored);
    }

    /**
     * The values of active fields only, as reads show them: a deactivated field's values stay
     * stored but are hidden until it is reactivated.
     */
    public Map<String, Object> visible(CustomFieldEntity entity, Map<String, Object> stored) {
        return visible(activeKeys(entity), stored);
    }

    public static Map<String, Object> visible(Set<String> activeKeys, Map<String, Object> stored) {
        Map<String, Object> shown = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            if (activeKeys.contains(key)) {
                shown.put(key, value);
            }
        });
        return shown;
    }

    /** The keys of an entity type's active fields: every read of a record asks, so only the keys are read. */
    public Set<String> activeKeys(CustomFieldEntity entity) {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery(
                        "SELECT field_key FROM shopfloor.custom_field_definitions WHERE entity_type = ?1 AND active")
                .setParameter(1, entity.code())
                .getResultList();
        return Set.copyOf(keys);
    }

    /**
     * The definitions of an entity type in their order. Writes lock them (shared) until commit: a
     * definition change waits for writes checked against the old definition, so no value slips
     * past the check it makes of stored values.
     */
    List<Defined> definitions(CustomFieldEntity entity, boolean forWrite) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT field_key, label, field_type, required, coalesce(options, '[]')::text,
                               min_value, max_value, pattern, active, default_value::text
                        FROM shopfloor.custom_field_definitions WHERE entity_type = ?1 ORDER BY position, field_key"""
                        + (forWrite ? " FOR SHARE" : ""))
                .setParameter(1, entity.code())
                .getResultList();
        return rows.stream().map(r -> new Defined(new FieldDefinition((String) r[0], (String) r[1], FieldType.ofCode((String) r[2]),
                (Boolean) r[3], options(r[4]), (String) r[5], (String) r[6], (String) r[7], (Boolean) r[8]),
                r[9] == null ? null : JSON.fromJson(r[9].toString(), Object.class))).toList();
    }

    private static List<String> options(Object json) {
        List<?> options = JSON.fromJson(json.toString(), List.class);
        return options.stream().map(Object::toString).toList();
    }

    record Defined(FieldDefinition definition, Object defaultValue) {
    }
}
