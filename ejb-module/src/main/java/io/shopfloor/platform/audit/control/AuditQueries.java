package io.shopfloor.platform.audit.control;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.query.PageRequest;

/**
 * The audit trail's reads, native SQL over the partitioned {@code audit_log} (row level security
 * limits them to the caller's organization): one query for a page, one to count it, and one to
 * look up the names behind the ids a page mentions. Every value is a bound parameter.
 */
@Dependent
public class AuditQueries {

    private static final String COLUMNS = """
            SELECT a.id, a.occurred_at, a.user_id, u.display_name, a.entity_type, a.entity_id, a.action,
                   a.old_values::text, a.new_values::text, a.detail::text, array_to_string(a.changed_fields, ',')
            FROM shopfloor.audit_log a
            LEFT JOIN shopfloor.users u ON u.tenant_id = a.tenant_id AND u.id = a.user_id""";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @jakarta.inject.Inject
    io.shopfloor.platform.tenancy.control.OrganizationClock clock;

    /** Newest first; {@code from}/{@code to} are whole days in {@code zone}. */
    public List<AuditRecord> page(AuditFilter filter, ZoneId zone, PageRequest page) {
        Where where = new Where(filter, zone);
        int limit = where.params.size() + 1;
        Query query = em.createNativeQuery(COLUMNS + where.sql + " ORDER BY a.occurred_at DESC, a.id DESC"
                + " LIMIT ?" + limit + " OFFSET ?" + (limit + 1));
        where.bind(query);
        query.setParameter(limit, page.limit());
        query.setParameter(limit + 1, page.offset());
        return records(query);
    }

    /**
     * The entries matching the filter, counted up to {@code cap}: an organization's trail runs to
     * millions of rows, and an exact count of them all would cost more than the page itself.
     */
    public long countUpTo(AuditFilter filter, ZoneId zone, int cap) {
        Where where = new Where(filter, zone);
        Query query = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM shopfloor.audit_log a" + where.sql
                + " LIMIT " + cap + ") AS matching");
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** One entry; the time is part of the key, so only its month's partition is read. */
    public AuditRecord one(long id, Instant occurredAt) {
        Query query = em.createNativeQuery(COLUMNS + " WHERE a.id = ?1 AND a.occurred_at = ?2")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(occurredAt));
        List<AuditRecord> rows = records(query);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The organization's time zone (its clock's). */
    public ZoneId timeZone() {
        return clock.zone();
    }

    /**
     * Names of the users, roles, customers and orders the rows refer to, and the labels of the
     * custom fields of their kinds of record: two queries for a whole page.
     */
    public Lookups lookups(List<AuditRecord> rows) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> entityTypes = new LinkedHashSet<>();
        for (AuditRecord row : rows) {
            entityTypes.add(row.entityType());
            for (JsonObject values : Arrays.asList(row.oldValues(), row.newValues())) {
                if (values != null) {
                    for (String key : FieldLabels.REFERENCES) {
                        if (values.get(key) instanceof jakarta.json.JsonString s && isUuid(s.getString())) {
                            ids.add(s.getString());
                        }
                    }
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            String array = "{" + String.join(",", ids) + "}";
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("""
                            SELECT id::text, display_name FROM shopfloor.users WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, name FROM shopfloor.roles WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, name FROM shopfloor.customers WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, order_number FROM shopfloor.orders WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, name FROM shopfloor.products WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, name FROM shopfloor.product_options WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, name FROM shopfloor.production_stages WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, batch_number FROM shopfloor.batches WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, name FROM shopfloor.checklist_templates WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, item_text FROM shopfloor.checklist_items WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, name FROM shopfloor.issue_categories WHERE id = ANY (CAST(?1 AS uuid[]))
                            UNION ALL SELECT id::text, issue_number FROM shopfloor.issues WHERE id = ANY (CAST(?1 AS uuid[]))""")
                    .setParameter(1, array)
                    .getResultList();
            found.forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        Map<String, Map<String, String>> labels = new HashMap<>();
        if (!entityTypes.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("""
                            SELECT entity_type, field_key, label FROM shopfloor.custom_field_definitions
                            WHERE entity_type = ANY (CAST(?1 AS text[]))""")
                    .setParameter(1, "{" + String.join(",", entityTypes.stream().filter(AuditQueries::isPlainName).toList()) + "}")
                    .getResultList();
            found.forEach(r -> labels.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], (String) r[2]));
        }
        return new Lookups(names, labels);
    }

    @SuppressWarnings("unchecked")
    private static List<AuditRecord> records(Query query) {
        List<Object[]> rows = query.getResultList();
        List<AuditRecord> records = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String changed = (String) r[10];
            records.add(new AuditRecord(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(), (UUID) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], json((String) r[7]), json((String) r[8]), json((String) r[9]),
                    changed == null || changed.isEmpty() ? List.of() : List.of(changed.split(","))));
        }
        return records;
    }

    static JsonObject json(String text) {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /** Table names only ever hold these characters; anything else stays out of the array literal. */
    private static boolean isPlainName(String value) {
        return value != null && value.matches("[a-z_]{1,63}");
    }

    /** The WHERE clause with only the conditions the filter sets, and their values in order. */
    private static final class Where {
        private final List<Object> params = new ArrayList<>();
        private final String sql;

        Where(AuditFilter f, ZoneId zone) {
            List<String> conditions = new ArrayList<>();
            if (f.entityType() != null) {
                conditions.add(add("a.entity_type = ?", f.entityType()));
            }
            if (f.entityId() != null) {
                conditions.add(add("a.entity_id = ?", f.entityId()));
            }
            if (f.userId() != null) {
                conditions.add(add("a.user_id = ?", f.userId()));
            }
            if (f.action() != null) {
                conditions.add(add("a.action = ?", f.action()));
            }
            if (f.from() != null) {
                conditions.add(add("a.occurred_at >= ?", Timestamp.from(f.from().atStartOfDay(zone).toInstant())));
            }
            if (f.to() != null) {
                conditions.add(add("a.occurred_at < ?", Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant())));
            }
            sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** Numbers the placeholder after the ones before it (?1, ?2, ...), as JPA native queries want. */
        private String add(String condition, Object value) {
            params.add(value);
            return condition.replace("?", "?" + params.size());
        }

        void bind(Query query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
        }
    }
}
