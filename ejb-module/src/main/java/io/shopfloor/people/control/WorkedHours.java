package io.shopfloor.people.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.query.SqlValues;
import io.shopfloor.platform.security.control.Caller;

/**
 * Hours worked per worker and day in the organization's zone, from their intervals (stage work and
 * time entered by hand; a running one up to now), each cut at the day's midnights. A worker's
 * intervals never overlap, so those touching a range of days are the ones that start in it and at
 * most one before it: both found by the index on (tenant, worker, start), however long the history.
 * (Only plain comparisons of the start reach the index: row level security keeps a range overlap,
 * which is not leakproof, out of index conditions.)
 */
@Dependent
public class WorkedHours {

    /** Hours per worker and day: ?1 the tenant, ?2 the workers' ids (comma-separated), ?3 and ?4 the first and last day. */
    public static final String PER_DAY = """
            WITH zone AS (SELECT t.timezone AS name FROM shopfloor.tenants t WHERE t.id = ?1),
            d AS (SELECT CAST(g AS date) AS day, g AT TIME ZONE zone.name AS starts, (g + interval '1 day') AT TIME ZONE zone.name AS ends
                  FROM zone, generate_series(CAST(CAST(?3 AS date) AS timestamp), CAST(CAST(?4 AS date) AS timestamp), interval '1 day') AS g),
            span AS (SELECT min(d.starts) AS starts, max(d.ends) AS ends FROM d),
            w AS (SELECT unnest(string_to_array(?2, ',')::uuid[]) AS id),
            i AS (SELECT i.user_id, i.started_at, i.ended_at
                  FROM shopfloor.work_intervals i
                  WHERE i.tenant_id = ?1 AND i.user_id IN (SELECT w.id FROM w)
                    AND i.started_at >= (SELECT span.starts FROM span) AND i.started_at < (SELECT span.ends FROM span)
                  UNION ALL
                  SELECT l.user_id, l.started_at, l.ended_at
                  FROM w CROSS JOIN LATERAL (SELECT i.user_id, i.started_at, i.ended_at FROM shopfloor.work_intervals i
                                             WHERE i.tenant_id = ?1 AND i.user_id = w.id AND i.started_at < (SELECT span.starts FROM span)
                                             ORDER BY i.started_at DESC LIMIT 1) l
                  WHERE l.ended_at IS NULL OR l.ended_at > (SELECT span.starts FROM span))
            SELECT i.user_id, d.day, sum(extract(epoch FROM least(coalesce(i.ended_at, now()), d.ends) - greatest(i.started_at, d.starts)) / 3600)
            FROM i JOIN d ON i.started_at < d.ends AND coalesce(i.ended_at, 'infinity') > d.starts
            GROUP BY i.user_id, d.day""";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    /** Worked hours keyed by {@code userId/day}; days without time are absent. */
    public Map<String, BigDecimal> perDay(Collection<UUID> userIds, Days days) {
        Map<String, BigDecimal> worked = new HashMap<>();
        if (userIds.isEmpty()) {
            return worked;
        }
        List<?> rows = em.createNativeQuery(PER_DAY)
                .setParameter(1, caller.tenantId())
                .setParameter(2, userIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter(3, days.from()).setParameter(4, days.to())
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            worked.put(key((UUID) r[0], SqlValues.date(r[1])), ((BigDecimal) r[2]).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        return worked;
    }

    public static String key(UUID userId, LocalDate day) {
        return userId + "/" + day;
    }
}
