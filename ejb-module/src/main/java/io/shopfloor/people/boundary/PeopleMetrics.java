package io.shopfloor.people.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.orders.entity.Product;
import io.shopfloor.people.control.Days;
import io.shopfloor.people.control.TeamMembers;
import io.shopfloor.people.entity.MetricDimension;
import io.shopfloor.people.entity.MetricRow;
import io.shopfloor.people.entity.MetricsOverview;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.SqlValues;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.production.entity.ProductionStage;

/**
 * Production metrics from the work people completed: per worker, stage, product and day, the
 * units (orders) completed, the hours estimated for them and the hours worked on them (the
 * intervals of the work, shared among its products by their estimates), the time the work stood
 * paused between its first start and completion, and the first-pass quality of the checks filed
 * on it. Rows are summed by the dimensions asked for; from them come efficiency (estimated ÷
 * worked) and, per stage, availability × performance × quality.
 */
@Stateless
public class PeopleMetrics {

    /**
     * The finest rows: ?1 and ?2 the moments the range starts and ends, ?3 the organization's zone.
     * Work counts on the day it completed. Each done batch's products are read once, and each piece
     * of work's time and first checks by index from it, so no part is read again per row; the row
     * level security of the application role keeps it all to the organization.
     */
    public static final String METRICS = """
            WITH done AS MATERIALIZED (
                SELECT a.tenant_id, a.id, a.batch_id, a.stage_id, a.worker_id, a.completed_at,
                       CAST(a.completed_at AT TIME ZONE ?3 AS date) AS day
                FROM shopfloor.stage_assignments a
                WHERE a.completed_at >= ?1 AND a.completed_at < ?2 AND a.worker_id IS NOT NULL
            ), batch_products AS MATERIALIZED (
                SELECT b.batch_id, p.product_id, p.units
                FROM (SELECT DISTINCT d.tenant_id, d.batch_id FROM done d) b
                CROSS JOIN LATERAL (SELECT o.product_id, count(*) AS units
                                    FROM shopfloor.batch_orders m
                                    JOIN shopfloor.orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
                                    WHERE m.tenant_id = b.tenant_id AND m.batch_id = b.batch_id
                                    GROUP BY o.product_id) p
            ), work AS MATERIALIZED (
                SELECT d.id, d.worker_id, d.stage_id, d.day, p.product_id, p.units,
                       p.units * coalesce(e.hours, s.estimated_hours, 0) AS estimated,
                       coalesce(sp.worked, 0) AS worked, greatest(coalesce(sp.elapsed, 0) - coalesce(sp.worked, 0), 0) AS paused,
                       coalesce(k.checks, 0) AS checks, coalesce(k.passed, 0) AS passed
                FROM done d
                JOIN batch_products p ON p.batch_id = d.batch_id
                JOIN shopfloor.production_stages s ON s.tenant_id = d.tenant_id AND s.id = d.stage_id
                LEFT JOIN shopfloor.product_stage_estimates e ON e.tenant_id = d.tenant_id AND e.product_id = p.product_id AND e.stage_id = d.stage_id
                CROSS JOIN LATERAL (SELECT sum(extract(epoch FROM i.ended_at - i.started_at)) / 3600 AS worked,
                                           extract(epoch FROM d.completed_at - min(i.started_at)) / 3600 AS elapsed
                                    FROM shopfloor.work_intervals i
                                    WHERE i.tenant_id = d.tenant_id AND i.assignment_id = d.id AND i.ended_at IS NOT NULL) sp
                LEFT JOIN LATERAL (SELECT count(*) AS checks, count(*) FILTER (WHERE f.passed) AS passed
                                   FROM (SELECT DISTINCT ON (q.template_id, q.order_id) q.id, q.status IN ('good', 'warning') AS passed
                                         FROM shopfloor.quality_checks q
                                         WHERE q.tenant_id = d.tenant_id AND q.batch_id = d.batch_id AND q.stage_id = d.stage_id AND q.completed_at IS NOT NULL
                                         ORDER BY q.template_id, q.order_id, q.completed_at) f
                                   JOIN shopfloor.quality_check_products c ON c.tenant_id = d.tenant_id AND c.check_id = f.id AND c.product_id = p.product_id) k ON true
            )
            SELECT w.worker_id, w.stage_id, w.product_id, w.day, sum(w.units), sum(w.estimated), sum(w.worked * w.share), sum(w.paused * w.share),
                   sum(w.checks), sum(w.passed)
            FROM (SELECT work.*, CASE WHEN sum(work.estimated) OVER (PARTITION BY work.id) > 0 THEN work.estimated / sum(work.estimated) OVER (PARTITION BY work.id)
                                      ELSE work.units::numeric / sum(work.units) OVER (PARTITION BY work.id) END AS share
                  FROM work) w
            GROUP BY w.worker_id, w.stage_id, w.product_id, w.day""";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    OrganizationClock clock;

    @Inject
    TeamMembers members;

    /** The metrics of the days from {@code from} to {@code to} (at most 62), summed by the dimensions asked for. */
    @RequiresPermission("people:read")
    public List<MetricRow> figures(LocalDate from, LocalDate to, Set<MetricDimension> by) {
        if (by == null || by.isEmpty()) {
            throw InvalidInputException.of("groupBy", "input.required");
        }
        return sum(read(new Days(from, to)), by);
    }

    /** One read of the days, summed per worker, per stage, and in all: what the people dashboard shows. */
    @RequiresPermission("people:read")
    public MetricsOverview overview(LocalDate from, LocalDate to) {
        List<Object[]> rows = read(new Days(from, to));
        List<MetricRow> total = sum(rows, EnumSet.noneOf(MetricDimension.class));
        return new MetricsOverview(sum(rows, EnumSet.of(MetricDimension.WORKER)), sum(rows, EnumSet.of(MetricDimension.STAGE)),
                total.isEmpty() ? null : total.get(0));
    }

    private List<Object[]> read(Days days) {
        ZoneId zone = clock.zone();
        List<?> rows = em.createNativeQuery(METRICS)
                .setParameter(1, days.from().atStartOfDay(zone).toOffsetDateTime())
                .setParameter(2, days.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .setParameter(3, zone.getId())
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    private List<MetricRow> sum(List<Object[]> rows, Set<MetricDimension> by) {
        Map<List<Object>, Sums> sums = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<Object> key = new ArrayList<>(4);
            key.add(by.contains(MetricDimension.WORKER) ? r[0] : null);
            key.add(by.contains(MetricDimension.STAGE) ? r[1] : null);
            key.add(by.contains(MetricDimension.PRODUCT) ? r[2] : null);
            key.add(by.contains(MetricDimension.DAY) ? SqlValues.date(r[3]) : null);
            sums.computeIfAbsent(key, k -> new Sums()).add(r);
        }
        Map<UUID, String> workers = members.names(sums.keySet().stream().map(k -> (UUID) k.get(0)).filter(Objects::nonNull).distinct().toList());
        Map<UUID, String> stages = new HashMap<>();
        if (by.contains(MetricDimension.STAGE)) {
            em.createQuery("SELECT s FROM ProductionStage s", ProductionStage.class).getResultList().forEach(s -> stages.put(s.getId(), s.getName()));
        }
        Map<UUID, String> products = new HashMap<>();
        List<UUID> productIds = sums.keySet().stream().map(k -> (UUID) k.get(2)).filter(Objects::nonNull).distinct().toList();
        if (!productIds.isEmpty()) {
            em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class).setParameter("ids", productIds).getResultList()
                    .forEach(p -> products.put(p.getId(), p.getName()));
        }
        return sums.entrySet().stream().map(e -> {
            List<Object> k = e.getKey();
            Sums s = e.getValue();
            return new MetricRow((UUID) k.get(0), workers.get((UUID) k.get(0)), (UUID) k.get(1), stages.get((UUID) k.get(1)),
                    (UUID) k.get(2), products.get((UUID) k.get(2)), (LocalDate) k.get(3), s.units, hours(s.estimated), hours(s.worked),
                    hours(s.paused), s.checks, s.passed);
        }).sorted(Comparator.comparing((MetricRow m) -> m.day() == null ? LocalDate.MIN : m.day())
                .thenComparing(m -> m.workerName() == null ? "" : m.workerName().toLowerCase())
                .thenComparing(m -> m.stageName() == null ? "" : m.stageName().toLowerCase())
                .thenComparing(m -> m.productName() == null ? "" : m.productName().toLowerCase())).toList();
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The sums of one group of rows. */
    private static final class Sums {
        long units;
        BigDecimal estimated = BigDecimal.ZERO;
        BigDecimal worked = BigDecimal.ZERO;
        BigDecimal paused = BigDecimal.ZERO;
        long checks;
        long passed;

        void add(Object[] r) {
            units += ((Number) r[4]).longValue();
            estimated = estimated.add(decimal(r[5]));
            worked = worked.add(decimal(r[6]));
            paused = paused.add(decimal(r[7]));
            checks += ((Number) r[8]).longValue();
            passed += ((Number) r[9]).longValue();
        }

        private static BigDecimal decimal(Object value) {
            return value == null ? BigDecimal.ZERO : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        }
    }
}
