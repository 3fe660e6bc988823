package io.shopfloor.people.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import io.shopfloor.platform.query.CappedCount;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.SqlValues;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.production.entity.ProductionStage;

/**
 * Production metrics from the work people completed: per worker, stage, product and day, the
 * units (orders) completed, the hours estimated for them and the hours worked on them (the
 * intervals of the work, shared among its products by their estimates), the time the work stood
 * paused between its first start and completion, and the first-pass quality of the checks filed
 * on it. The database records these results per piece of work and product as work completes
 * ({@code work_results}) and sums them per day, worker, stage and product ({@code work_result_days},
 * the day the organization's when the work completed); a range of days is summed in the database
 * by the dimensions asked for.
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
     * The sums of the days ?1 to ?2 (the organization's days, on which the work completed) in each of
     * the grouping sets; a dimension outside a set reads NULL, times are seconds. Row level security
     * keeps it to the organization.
     */
    public static String query(List<Set<MetricDimension>> groupingSets) {
        return select(groupingSets) + " GROUP BY GROUPING SETS ("
                + groupingSets.stream().map(set -> "(" + columns(set) + ")").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A page of the sums of the days ?1 to ?2 by the dimensions: ?3 rows from row ?4, in the order of
     * day, worker, stage and product, the order of the days' index, so a page of the finest sums
     * reads only its own rows.
     */
    public static String page(Set<MetricDimension> by) {
        return select(List.of(by)) + " GROUP BY " + columns(by) + " ORDER BY " + columns(by) + " LIMIT ?3 OFFSET ?4";
    }

    /** How many rows the sums of the days ?1 to ?2 by the dimensions make, counted up to ?3. */
    public static String count(Set<MetricDimension> by) {
        return "SELECT count(*) FROM (SELECT 1 FROM shopfloor.work_result_days r WHERE r.day BETWEEN ?1 AND ?2 GROUP BY "
                + columns(by) + " LIMIT ?3) g";
    }

    private static String select(List<Set<MetricDimension>> groupingSets) {
        Set<MetricDimension> used = EnumSet.noneOf(MetricDimension.class);
        groupingSets.forEach(used::addAll);
        String columns = Stream.of(MetricDimension.WORKER, MetricDimension.STAGE, MetricDimension.PRODUCT, MetricDimension.DAY)
                .map(d -> used.contains(d) ? "r." + column(d) : "CAST(NULL AS " + (d == MetricDimension.DAY ? "date" : "uuid") + ")")
                .collect(Collectors.joining(", "));
        return "SELECT " + columns + """
                , sum(r.units), CAST(sum(r.estimated_seconds) AS bigint), CAST(sum(r.worked_seconds) AS bigint),
                  CAST(sum(r.paused_seconds) AS bigint), sum(r.checks), sum(r.passed)
                FROM shopfloor.work_result_days r
                WHERE r.day BETWEEN ?1 AND ?2""";
    }

    /** The dimensions' columns in the order of the days' index: day, worker, stage, product. */
    private static String columns(Set<MetricDimension> dimensions) {
        return Stream.of(MetricDimension.DAY, MetricDimension.WORKER, MetricDimension.STAGE, MetricDimension.PRODUCT)
                .filter(dimensions::contains).map(d -> "r." + column(d)).collect(Collectors.joining(", "));
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
    TeamMembers members;

    /**
     * A page of the metrics of the days from {@code from} to {@code to} (at most 62), summed by the
     * dimensions asked for, in the order of day, then worker, stage and product; counted up to the
     * page's cap.
     */
    @RequiresPermission("people:read")
    public Page<MetricRow> figures(LocalDate from, LocalDate to, Set<MetricDimension> by, PageRequest page) {
        if (by == null || by.isEmpty()) {
            throw InvalidInputException.of("groupBy", "input.required");
        }
        Days days = new Days(from, to);
        List<?> rows = em.createNativeQuery(page(by))
                .setParameter(1, days.from()).setParameter(2, days.to()).setParameter(3, page.limit()).setParameter(4, page.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery(count(by))
                .setParameter(1, days.from()).setParameter(2, days.to()).setParameter(3, page.countCap())
                .getSingleResult()).longValue();
        return CappedCount.page(rows(rows.stream().map(r -> (Object[]) r).toList(), false), total, page);
    }

    /** One read of the days, summed per worker, per stage, and in all: what the people dashboard shows. */
    @RequiresPermission("people:read")
    public MetricsOverview overview(LocalDate from, LocalDate to) {
        Days days = new Days(from, to);
        List<?> read = em.createNativeQuery(query(OVERVIEW)).setParameter(1, days.from()).setParameter(2, days.to()).getResultList();
        List<MetricRow> rows = rows(read.stream().map(r -> (Object[]) r).toList(), true);
        return new MetricsOverview(rows.stream().filter(r -> r.workerId() != null).toList(),
                rows.stream().filter(r -> r.stageId() != null).toList(),
                rows.stream().filter(r -> r.workerId() == null && r.stageId() == null && r.units() > 0).findFirst().orElse(null));
    }

    /** The sums as rows, with the names of their workers, stages and products; by name when {@code byName}, else as read. */
    private List<MetricRow> rows(List<Object[]> rows, boolean byName) {
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
        List<MetricRow> named = rows.stream().map(r -> new MetricRow((UUID) r[0], workers.get((UUID) r[0]), (UUID) r[1],
                stages.get((UUID) r[1]), (UUID) r[2], products.get((UUID) r[2]), SqlValues.date(r[3]), count(r[4]), hours(r[5]),
                hours(r[6]), hours(r[7]), count(r[8]), count(r[9]))).toList();
        return !byName ? named : named.stream().sorted(Comparator.comparing((MetricRow m) -> m.day() == null ? LocalDate.MIN : m.day())
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
