package io.shopfloor.production.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.production.entity.DashboardFigures;
import io.shopfloor.production.entity.DashboardFigures.DayCount;
import io.shopfloor.production.entity.DashboardFigures.StageCount;
import io.shopfloor.production.entity.DashboardFigures.StageTime;
import io.shopfloor.production.entity.DashboardFigures.WeekCount;
import io.shopfloor.platform.query.SqlValues;

/**
 * The production dashboard: active batches per stage, open orders overdue and due in the next 7
 * days, orders completed per week, and time per stage against its estimate. Days and weeks are the
 * organization's (its time zone). Each figure is one aggregate query served by a tenant-leading index.
 */
@Stateless
public class ProductionDashboard {

    static final int DUE_DAYS = 7;
    static final int WEEKS = 8;
    static final int STAGE_TIME_DAYS = 90;

    // The queries, public so the benchmarks run exactly these (as the application role, under RLS).

    /** Incomplete batches per stage: active stages, and inactive ones still holding batches. */
    public static final String ACTIVE_BATCHES_PER_STAGE = """
                SELECT s.id, s.name, count(b.id)
                FROM shopfloor.production_stages s
                LEFT JOIN shopfloor.batches b
                       ON b.tenant_id = s.tenant_id AND b.current_stage_id = s.id AND b.completed_at IS NULL
                GROUP BY s.id, s.name, s.position, s.active
                HAVING s.active OR count(b.id) > 0
                ORDER BY s.position, lower(s.name)""";

    /** Open orders due before ?1 (the organization's today). */
    public static final String OVERDUE_ORDERS = """
                SELECT count(*) FROM shopfloor.orders o
                WHERE o.status IN ('pending', 'in_production', 'on_hold') AND o.due_date < ?1""";

    /** Open orders per due day, from ?1 up to (not including) ?2. */
    public static final String ORDERS_DUE_BY_DAY = """
                SELECT o.due_date, count(*) FROM shopfloor.orders o
                WHERE o.status IN ('pending', 'in_production', 'on_hold') AND o.due_date >= ?1 AND o.due_date < ?2
                GROUP BY o.due_date""";

    /**
     * Orders completed per week since the moment ?1, weeks starting on Monday in time zone ?2. The
     * bound is a plain timestamptz so the (tenant, status, time) index serves the range.
     */
    public static final String COMPLETED_PER_WEEK = """
                SELECT date_trunc('week', h.changed_at AT TIME ZONE CAST(?2 AS text))::date, count(DISTINCT h.order_id)
                FROM shopfloor.order_status_history h
                WHERE h.new_status = 'completed' AND h.changed_at >= ?1
                GROUP BY 1""";

    /** Average hours from start to completion per active stage, work completed in the last ?1 days, with the estimate. */
    public static final String TIME_PER_STAGE = """
                SELECT s.id, s.name, s.estimated_hours,
                       avg(extract(epoch FROM a.completed_at - a.started_at)) / 3600.0,
                       count(a.id)
                FROM shopfloor.production_stages s
                LEFT JOIN shopfloor.stage_assignments a
                       ON a.tenant_id = s.tenant_id AND a.stage_id = s.id AND a.started_at IS NOT NULL
                      AND a.completed_at >= now() - make_interval(days => ?1)
                WHERE s.active
                GROUP BY s.id, s.name, s.estimated_hours, s.position
                ORDER BY s.position, lower(s.name)""";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    OrganizationClock clock;

    @RequiresPermission("production:read")
    public DashboardFigures figures() {
        ZoneId zone = clock.zone();
        LocalDate today = LocalDate.now(zone);
        return new DashboardFigures(activeBatchesPerStage(), overdueOrders(today), dueNextDays(today), completedPerWeek(today, zone),
                timePerStage());
    }

    private List<StageCount> activeBatchesPerStage() {
        List<?> rows = em.createNativeQuery(ACTIVE_BATCHES_PER_STAGE).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new StageCount((UUID) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    private long overdueOrders(LocalDate today) {
        return ((Number) em.createNativeQuery(OVERDUE_ORDERS)
                .setParameter(1, today).getSingleResult()).longValue();
    }

    private List<DayCount> dueNextDays(LocalDate today) {
        Map<LocalDate, Long> counts = new HashMap<>();
        List<?> rows = em.createNativeQuery(ORDERS_DUE_BY_DAY)
                .setParameter(1, today).setParameter(2, today.plusDays(DUE_DAYS))
                .getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> counts.put(SqlValues.date(r[0]), ((Number) r[1]).longValue()));
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < DUE_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            days.add(new DayCount(day, counts.getOrDefault(day, 0L)));
        }
        return days;
    }

    private List<WeekCount> completedPerWeek(LocalDate today, ZoneId zone) {
        LocalDate thisWeek = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        LocalDate firstWeek = thisWeek.minusWeeks(WEEKS - 1L);
        Map<LocalDate, Long> counts = new HashMap<>();
        List<?> rows = em.createNativeQuery(COMPLETED_PER_WEEK)
                .setParameter(1, firstWeek.atStartOfDay(zone).toOffsetDateTime())
                .setParameter(2, zone.getId())
                .getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> counts.put(SqlValues.date(r[0]), ((Number) r[1]).longValue()));
        List<WeekCount> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            weeks.add(new WeekCount(week, counts.getOrDefault(week, 0L)));
        }
        return weeks;
    }

    private List<StageTime> timePerStage() {
        List<?> rows = em.createNativeQuery(TIME_PER_STAGE)
                .setParameter(1, STAGE_TIME_DAYS)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new StageTime((UUID) r[0], (String) r[1], (BigDecimal) r[2],
                        r[3] == null ? null : ((Number) r[3]).doubleValue(), ((Number) r[4]).longValue()))
                .toList();
    }
}
