package io.shopfloor.platform.customfields.boundary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.errors.InvalidValueException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.customfields.control.CustomFieldRules;
import io.shopfloor.platform.customfields.entity.CustomFieldDefinition;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.customfields.entity.DefinitionDraft;
import io.shopfloor.platform.customfields.entity.FieldDefinition;
import io.shopfloor.platform.customfields.entity.FieldView;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.types.UnknownCodeException;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.RequiresPermission;

/**
 * The caller's tenant's custom field definitions. Changes never lose stored values: fields are
 * deactivated rather than deleted, and a change that stored values would break is refused with
 * the number of records concerned.
 */
@Stateless
public class CustomFields {

    /** Fields one kind of record may have: every write validates each, every list may show them. */
    public static final int MAX_FIELDS_PER_ENTITY = 100;

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @Inject
    InputValidation validation;

    /** The active fields of an entity type in their order: what forms, lists and the API offer. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public List<FieldView> activeFields(String entityType) {
        return load(entity(entityType)).stream().filter(CustomFieldDefinition::isActive).map(CustomFieldDefinition::view).toList();
    }

    /** Every field of an entity type, deactivated ones included, in their order. */
    @RequiresPermission("customfields:read")
    public List<FieldView> definitions(String entityType) {
        return load(entity(entityType)).stream().map(CustomFieldDefinition::view).toList();
    }

    /** How many records hold a value of the field (its key can change only while there are none). */
    @RequiresPermission("customfields:read")
    public long recordsWithValues(UUID id) {
        CustomFieldDefinition definition = find(id);
        return countWithValues(CustomFieldEntity.ofCode(definition.getEntityType()), definition.getKey());
    }

    @RequiresPermission("customfields:write")
    public FieldView create(String entityType, DefinitionDraft draft) {
        CustomFieldEntity entity = entity(entityType);
        validation.check(draft);
        Object storedDefault = checkSettings(draft);
        requireUnusedKey(entity, draft.key());
        Long defined = em.createQuery("SELECT COUNT(d) FROM CustomFieldDefinition d WHERE d.entityType = :type", Long.class)
                .setParameter("type", entity.code())
                .getSingleResult();
        if (defined >= MAX_FIELDS_PER_ENTITY) {
            throw new BusinessRuleException("customFields.tooMany", MAX_FIELDS_PER_ENTITY, entity.records());
        }
        Integer last = em.createQuery("SELECT MAX(d.position) FROM CustomFieldDefinition d WHERE d.entityType = :type", Integer.class)
                .setParameter("type", entity.code())
                .getSingleResult();
        CustomFieldDefinition definition = new CustomFieldDefinition(
                caller.tenantId(), entity, last == null ? 0 : last + 1, draft, storedDefault);
        em.persist(definition);
        em.flush();
        return definition.view();
    }

    /**
     * Changes a field. Relabelling and help texts always work; the key only while no record has
     * a value; type, options and limits only if every stored value still fits them unchanged.
     */
    @RequiresPermission("customfields:write")
    public FieldView update(UUID id, long expectedVersion, DefinitionDraft draft) {
        CustomFieldDefinition definition = findVersion(id, expectedVersion);
        validation.check(draft);
        Object storedDefault = checkSettings(draft);
        CustomFieldEntity entity = CustomFieldEntity.ofCode(definition.getEntityType());
        FieldDefinition before = definition.definition();
        FieldDefinition after = draft.asDefinition();
        long withValues = countWithValues(entity, before.key());
        if (!before.key().equals(after.key())) {
            if (withValues > 0) {
                throw InvalidInputException.of("key", "customFields.keyInUse", withValues, entity.records());
            }
            requireUnusedKey(entity, after.key());
        }
        String changedRule = changedRule(before, after);
        if (withValues > 0 && changedRule != null) {
            refuseIfStoredValuesBreak(entity, before.key(), after, changedRule);
        }
        definition.apply(draft, storedDefault);
        em.flush();
        return definition.view();
    }

    /** Hides a field from forms, lists and the API; stored values stay and return on reactivation. */
    @RequiresPermission("customfields:write")
    public FieldView setActive(UUID id, long expectedVersion, boolean active) {
        CustomFieldDefinition definition = findVersion(id, expectedVersion);
        definition.setActive(active);
        em.flush();
        return definition.view();
    }

    /** Puts an entity type's fields in the given order; {@code ids} must name each of them once. */
    @RequiresPermission("customfields:write")
    public List<FieldView> reorder(String entityType, List<UUID> ids) {
        CustomFieldEntity entity = entity(entityType);
        // Locked in the order record writes share-lock them (CustomFieldValidation): no deadlock.
        em.createNativeQuery("SELECT id FROM shopfloor.custom_field_definitions WHERE entity_type = ?1"
                        + " ORDER BY position, field_key FOR UPDATE")
                .setParameter(1, entity.code())
                .getResultList();
        List<CustomFieldDefinition> definitions = load(entity);
        Map<UUID, CustomFieldDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(d -> byId.put(d.getId(), d));
        if (ids == null || ids.size() != byId.size() || !byId.keySet().equals(new HashSet<>(ids))) {
            throw new ConcurrentEditException("customFields.listOfFields");
        }
        for (int position = 0; position < ids.size(); position++) {
            byId.get(ids.get(position)).moveTo(position);
        }
        em.flush();
        return load(entity).stream().map(CustomFieldDefinition::view).toList();
    }

    /** Checks the settings themselves and returns the default value in stored form. */
    private static Object checkSettings(DefinitionDraft draft) {
        FieldDefinition definition = draft.asDefinition();
        Map<String, Message> errors = new LinkedHashMap<>(CustomFieldRules.definitionErrors(definition));
        Object storedDefault = null;
        if (errors.isEmpty()) {
            try {
                storedDefault = CustomFieldRules.storedForm(definition, draft.defaultValue());
            } catch (IllegalArgumentException broken) {
                errors.put("defaultValue", InvalidValueException.messageOf(broken));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return storedDefault;
    }

    /** The first setting (as the API names it) whose change could make stored values invalid. */
    private static String changedRule(FieldDefinition before, FieldDefinition after) {
        if (before.type() != after.type()) {
            return "type";
        }
        if (!before.options().equals(after.options())) {
            return "options";
        }
        if (!Objects.equals(before.min(), after.min())) {
            return "min";
        }
        if (!Objects.equals(before.max(), after.max())) {
            return "max";
        }
        if (!Objects.equals(before.pattern(), after.pattern())) {
            return "pattern";
        }
        return null;
    }

    /** Every stored value must pass the changed field unchanged; otherwise nothing changes. */
    private void refuseIfStoredValuesBreak(CustomFieldEntity entity, String key, FieldDefinition after, String changedRule) {
        @SuppressWarnings("unchecked")
        List<Object> stored = em.createNativeQuery("SELECT (custom_fields -> ?1)::text FROM " + entity.table()
                        + " WHERE jsonb_exists(custom_fields, ?1)")
                .setParameter(1, key)
                .getResultList();
        long broken = 0;
        String example = null;
        for (Object json : stored) {
            Object value = JSON.fromJson(json.toString(), Object.class);
            if (!fitsUnchanged(after, value)) {
                broken++;
                example = example == null ? json.toString() : example;
            }
        }
        if (broken > 0) {
            throw InvalidInputException.of(changedRule, "customFields.ruleBreaksValues", broken, entity.records(), example);
        }
    }

    private static boolean fitsUnchanged(FieldDefinition definition, Object value) {
        if (value == null) {
            return true;
        }
        try {
            Object converted = CustomFieldRules.storedForm(definition, value);
            return converted != null && JSON.toJson(converted).equals(JSON.toJson(value));
        } catch (IllegalArgumentException broken) {
            return false;
        }
    }

    private long countWithValues(CustomFieldEntity entity, String key) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + entity.table() + " WHERE jsonb_exists(custom_fields, ?1)")
                .setParameter(1, key)
                .getSingleResult()).longValue();
    }

    private void requireUnusedKey(CustomFieldEntity entity, String key) {
        Long taken = em.createQuery("SELECT COUNT(d) FROM CustomFieldDefinition d WHERE d.entityType = :type AND d.key = :key", Long.class)
                .setParameter("type", entity.code())
                .setParameter("key", key)
                .getSingleResult();
        if (taken > 0) {
            throw InvalidInputException.of("key", "customFields.keyTaken", entity.records());
        }
    }

    private List<CustomFieldDefinition> load(CustomFieldEntity entity) {
        return em.createQuery("SELECT d FROM CustomFieldDefinition d WHERE d.entityType = :type ORDER BY d.position, d.key",
                        CustomFieldDefinition.class)
                .setParameter("type", entity.code())
                .getResultList();
    }

    private CustomFieldDefinition find(UUID id) {
        return Records.require(em, CustomFieldDefinition.class, id, "record.customField");
    }

    /** The definition, locked until commit: record writes checked against it finish first (see CustomFieldValidation). */
    private CustomFieldDefinition findVersion(UUID id, long expectedVersion) {
        CustomFieldDefinition definition = find(id);
        em.lock(definition, LockModeType.PESSIMISTIC_WRITE);
        if (definition.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("customFields.fieldNamed", definition.getLabel());
        }
        return definition;
    }

    private static CustomFieldEntity entity(String entityType) {
        try {
            return CustomFieldEntity.ofCode(entityType);
        } catch (UnknownCodeException unknown) {
            throw new InvalidInputException(Map.of("entityType", unknown.message()));
        }
    }
}
