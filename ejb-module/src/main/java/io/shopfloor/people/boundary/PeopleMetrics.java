package io.shopfloor.people.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * on it. The database records these results per piece of work and product as work completes
 * ({@code work_results}); a range of days is summed in the database by the dimensions asked for.
 * From the sums come efficiency (estimated ÷ worked) and, per stage, availability × performance ×
 * quality.
 */
@Stateless
public class PeopleMetrics {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /** The dashboard's sums: per worker, per stage and in all. */
    public static final List<Set<MetricDimension>> OVERVIEW = List.of(
            EnumSet.of(MetricDimension.WORKER), EnumSet.of(MetricDimension.STAGE), EnumSet.noneOf(MetricDimension.class));

    /**
     * The sums of the results completed in a range, in each of the grouping sets (a dimension outside
     * a set reads NULL; times in seconds): ?1 and ?2 the moments the range starts and ends, ?3 the
     * organization's zone, in which work counts on the day it completed. Row level security keeps it
     * to the organization.
     */
    public static String query(List<Set<MetricDimension>> groupingSets) {
        Set<MetricDimension> used = EnumSet.noneOf(MetricDimension.class);
        groupingSets.forEach(used::addAll);
        String columns = Arrays.stream(MetricDimension.values())
                .map(d -> used.contains(d) ? "r." + column(d) : "CAST(NULL AS " + (d == MetricDimension.DAY ? "date" : "uuid") + ")")
                .collect(Collectors.joining(", "));
        String sets = groupingSets.stream()
                .map(set -> set.stream().map(d -> "r." + column(d)).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(", "));
        return "SELECT " + columns + """
                , sum(r.units), CAST(sum(r.estimated_seconds) AS bigint), CAST(sum(r.worked_seconds) AS bigint),
                  CAST(sum(r.paused_seconds) AS bigint), sum(r.checks), sum(r.passed)
                FROM (SELECT w.*, CAST(w.completed_at AT TIME ZONE ?3 AS date) AS day
                      FROM shopfloor.work_results w
                      WHERE w.completed_at >= ?1 AND w.completed_at < ?2) r
                GROUP BY GROUPING SETS (""" + sets + ")";
    }

    private static String column(MetricDimension dimension) {
        return switch (dimension) {
            case WORKER -> "worker_id";
            case STAGE -> "stage_id";
            case PRODUCT -> "product_id";
            case DAY -> "day";
        };
    }

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
        return rows(read(new Days(from, to), List.of(by)));
    }

    /** One read of the days, summed per worker, per stage, and in all: what the people dashboard shows. */
    @RequiresPermission("people:read")
    public MetricsOverview overview(LocalDate from, LocalDate to) {
        List<MetricRow> rows = rows(read(new Days(from, to), OVERVIEW));
        return new MetricsOverview(rows.stream().filter(r -> r.workerId() != null).toList(),
                rows.stream().filter(r -> r.stageId() != null).toList(),
                rows.stream().filter(r -> r.workerId() == null && r.stageId() == null && r.units() > 0).findFirst().orElse(null));
    }

    private List<Object[]> read(Days days, List<Set<MetricDimension>> groupingSets) {
        ZoneId zone = clock.zone();
        List<?> rows = em.createNativeQuery(query(groupingSets))
                .setParameter(1, days.from().atStartOfDay(zone).toOffsetDateTime())
                .setParameter(2, days.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .setParameter(3, zone.getId())
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    /** The sums as rows, with the names of their workers, stages and products. */
    private List<MetricRow> rows(List<Object[]> rows) {
        Map<UUID, String> workers = members.names(ids(rows, 0));
        Map<UUID, String> stages = new HashMap<>();
        if (!ids(rows, 1).isEmpty()) {
            em.createQuery("SELECT s FROM ProductionStage s", ProductionStage.class).getResultList().forEach(s -> stages.put(s.getId(), s.getName()));
        }
        Map<UUID, String> products = new HashMap<>();
        List<UUID> productIds = ids(rows, 2);
        if (!productIds.isEmpty()) {
            em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class).setParameter("ids", productIds).getResultList()
                    .forEach(p -> products.put(p.getId(), p.getName()));
        }
        return rows.stream().map(r -> new MetricRow((UUID) r[0], workers.get((UUID) r[0]), (UUID) r[1], stages.get((UUID) r[1]),
                        (UUID) r[2], products.get((UUID) r[2]), SqlValues.date(r[3]), count(r[4]), hours(r[5]), hours(r[6]), hours(r[7]),
                        count(r[8]), count(r[9])))
                .sorted(Comparator.comparing((MetricRow m) -> m.day() == null ? LocalDate.MIN : m.day())
                        .thenComparing(m -> m.workerName() == null ? "" : m.workerName().toLowerCase())
                        .thenComparing(m -> m.stageName() == null ? "" : m.stageName().toLowerCase())
                        .thenComparing(m -> m.productName() == null ? "" : m.productName().toLowerCase())).toList();
    }

    private static List<UUID> ids(List<Object[]> rows, int column) {
        return rows.stream().map(r -> (UUID) r[column]).filter(Objects::nonNull).distinct().toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Seconds summed by the database as hours to two places (no work at all sums to nothing: zero). */
    private static BigDecimal hours(Object seconds) {
        long sum = seconds == null ? 0 : ((Number) seconds).longValue();
        return BigDecimal.valueOf(sum).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
