package io.shopfloor.platform.customfields.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.customfields.entity.FieldDefinition;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.InvalidValueException;
import io.shopfloor.platform.messages.Message;

/**
 * Filters and sorts of list queries by custom fields, for any registered entity. A filter looks
 * the value up in {@code custom_field_values} (indexed; see migration V4), a sort orders by the
 * jsonb value (numbers as numbers). Keys must be fields of the entity; values are checked and put
 * in the form the lookup table holds. Errors are reported per filter as {@code cf.<key>}.
 */
@Dependent
public class CustomFieldQueries {

    /** How lists and the API name a custom field in sorts and filters: "cf." and its key. */
    public static final String PREFIX = "cf.";

    @Inject
    CustomFieldValidation definitions;

    /** The JPQL conditions for {@code filters} (key to value) on the entity whose id is {@code idPath}. */
    public Conditions filters(CustomFieldEntity entity, String idPath, Map<String, String> filters) {
        Conditions conditions = new Conditions();
        if (filters == null || filters.isEmpty()) {
            return conditions;
        }
        Map<String, FieldDefinition> fields = fields(entity);
        Map<String, Message> errors = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            FieldDefinition field = fields.get(filter.getKey());
            if (field == null) {
                errors.put(PREFIX + filter.getKey(), Message.of("customFields.notAFieldOf", filter.getKey(), entity.records()));
                continue;
            }
            try {
                String text = CustomFieldRules.filterText(field, filter.getValue());
                conditions.jpql.add(idPath + " IN (SELECT v" + n + ".entityId FROM CustomFieldValue v" + n
                        + " WHERE v" + n + ".entityType = :cfEntity AND v" + n + ".fieldKey = :cfKey" + n
                        + " AND v" + n + ".value = :cfValue" + n + ")");
                conditions.parameters.put("cfEntity", entity.code());
                conditions.parameters.put("cfKey" + n, field.key());
                conditions.parameters.put("cfValue" + n, text);
                n++;
            } catch (IllegalArgumentException broken) {
                errors.put(PREFIX + filter.getKey(), Message.of("customFields.labelled", field.label(), InvalidValueException.messageOf(broken)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return conditions;
    }

    /**
     * The ORDER BY expression for {@code sortBy} if it names an active field of the entity
     * ({@code cf.<key>}); empty for any other sort. {@code alias} is the entity's alias in the query.
     */
    public Optional<Sort> sort(CustomFieldEntity entity, String alias, String sortBy) {
        if (sortBy == null || !sortBy.startsWith(PREFIX) || !fields(entity).containsKey(sortBy.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        return Optional.of(new Sort("FUNCTION('jsonb_extract_path', " + alias + ".customFields, :cfSort)", sortBy.substring(PREFIX.length())));
    }

    /** A sort by a custom field's jsonb value (numbers as numbers); the key is bound, never written into the query. */
    public record Sort(String jpql, String key) {

        public <T> TypedQuery<T> bind(TypedQuery<T> query) {
            return query.setParameter("cfSort", key);
        }
    }

    private Map<String, FieldDefinition> fields(CustomFieldEntity entity) {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        definitions.definitions(entity, false).stream().map(CustomFieldValidation.Defined::definition)
                .filter(FieldDefinition::active).forEach(d -> fields.put(d.key(), d));
        return fields;
    }

    /** JPQL conditions (to be joined with AND) and the parameters they bind. */
    public static final class Conditions {
        private final List<String> jpql = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        public List<String> jpql() {
            return jpql;
        }

        public <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
