package io.shopfloor.people.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.people.entity.WorkTime;
import io.shopfloor.platform.query.SqlValues;
import io.shopfloor.platform.security.control.Caller;

/**
 * Hours of stage work as views show them, read a whole screen at a time: what the database
 * estimates a batch's work at a stage at ({@code work_estimate}: per order, the product's estimate
 * for the stage, else the stage's) and the time spent on it from its intervals.
 */
@Dependent
public class WorkHours {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    /** A worker's assigned and available hours on a day. */
    public record Load(BigDecimal assigned, BigDecimal available) {
    }

    /** A batch's work at a stage. */
    public record Work(UUID batchId, UUID stageId) {
    }

    public Map<Work, BigDecimal> estimates(Collection<Work> work) {
        Map<Work, BigDecimal> estimates = new HashMap<>();
        if (work.isEmpty()) {
            return estimates;
        }
        List<?> rows = em.createNativeQuery("SELECT p.batch_id, p.stage_id, shopfloor.work_estimate(?1, p.batch_id, p.stage_id)"
                        + " FROM unnest(string_to_array(?2, ',')::uuid[], string_to_array(?3, ',')::uuid[]) AS p (batch_id, stage_id)")
                .setParameter(1, caller.tenantId())
                .setParameter(2, work.stream().map(w -> w.batchId().toString()).collect(Collectors.joining(",")))
                .setParameter(3, work.stream().map(w -> w.stageId().toString()).collect(Collectors.joining(",")))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            estimates.put(new Work((UUID) r[0], (UUID) r[1]), (BigDecimal) r[2]);
        }
        return estimates;
    }

    /**
     * Each worker's assigned and available hours per day: ?1 the tenant, ?2 the workers' ids
     * (comma-separated), ?3 and ?4 the first and last day. Assigned hours are the database's
     * {@code open_work} (what the assignment check sums as {@code assigned_hours}), read once for all
     * the workers and days.
     */
    public static final String LOADS = """
            WITH work AS (SELECT o.worker_id, o.day, sum(o.remaining) AS hours
                          FROM shopfloor.open_work(?1, string_to_array(?2, ',')::uuid[]) o
                          WHERE o.day BETWEEN CAST(?3 AS date) AND CAST(?4 AS date)
                          GROUP BY o.worker_id, o.day)
            SELECT w.id, CAST(d AS date), coalesce(work.hours, 0), shopfloor.available_hours(?1, w.id, CAST(d AS date))
            FROM unnest(string_to_array(?2, ',')::uuid[]) AS w (id)
            CROSS JOIN generate_series(CAST(?3 AS date), CAST(?4 AS date), interval '1 day') AS d
            LEFT JOIN work ON work.worker_id = w.id AND work.day = CAST(d AS date)""";

    /** Each worker's load on the day. */
    public Map<UUID, Load> loads(Collection<UUID> workerIds, LocalDate day) {
        Map<String, Load> byDay = loads(workerIds, new Days(day, day));
        Map<UUID, Load> loads = new HashMap<>();
        for (UUID id : workerIds) {
            Load load = byDay.get(WorkedHours.key(id, day));
            if (load != null) {
                loads.put(id, load);
            }
        }
        return loads;
    }

    /** Each worker's load per day, keyed as {@link WorkedHours#key}. */
    public Map<String, Load> loads(Collection<UUID> workerIds, Days days) {
        Map<String, Load> loads = new HashMap<>();
        if (workerIds.isEmpty()) {
            return loads;
        }
        List<?> rows = em.createNativeQuery(LOADS)
                .setParameter(1, caller.tenantId())
                .setParameter(2, workerIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter(3, days.from()).setParameter(4, days.to())
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            loads.put(WorkedHours.key((UUID) r[0], SqlValues.date(r[1])), new Load(plain((BigDecimal) r[2]), plain((BigDecimal) r[3])));
        }
        return loads;
    }

    /** The time spent per assignment, as far as the caller may read its intervals (theirs, or all for planners). */
    public Map<UUID, WorkTime> spent(Collection<UUID> assignmentIds) {
        Map<UUID, WorkTime> times = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return times;
        }
        List<?> rows = em.createNativeQuery("SELECT i.assignment_id, sum(shopfloor.interval_hours(i.started_at, i.ended_at)),"
                        + " string_agg(i.user_id::text, ',') FILTER (WHERE i.ended_at IS NULL),"
                        + " (array_agg(i.end_reason ORDER BY i.started_at DESC))[1]"
                        + " FROM shopfloor.work_intervals i"
                        + " WHERE i.tenant_id = ?1 AND i.assignment_id = ANY (string_to_array(?2, ',')::uuid[])"
                        + " GROUP BY i.assignment_id")
                .setParameter(1, caller.tenantId())
                .setParameter(2, assignmentIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Set<UUID> running = r[2] == null ? Set.of()
                    : Arrays.stream(((String) r[2]).split(",")).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
            times.put((UUID) r[0], new WorkTime((BigDecimal) r[1], running, r[3] == null ? null : IntervalEnd.ofCode((String) r[3])));
        }
        return times;
    }

    /** Hours without trailing zeros, never in exponent form (10, not 1E+1). */
    public static BigDecimal plain(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
