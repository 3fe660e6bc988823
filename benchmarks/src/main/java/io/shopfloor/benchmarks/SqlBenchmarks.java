package io.shopfloor.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shopfloor.people.boundary.Availability;
import io.shopfloor.people.boundary.PeopleMetrics;
import io.shopfloor.people.control.TeamMembers;
import io.shopfloor.people.control.WorkHours;
import io.shopfloor.people.control.WorkedHours;
import io.shopfloor.people.entity.MetricDimension;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.production.boundary.ProductionDashboard;
import io.shopfloor.quality.boundary.QualityDashboard;

/**
 * The SQL benchmarks, on the largest organization of the data set:
 * <ol>
 * <li>row level security's cost: each query as the application role under RLS, and the same query
 *     as a BYPASSRLS role with an explicit {@code tenant_id = ?}, measured interleaved;</li>
 * <li>the cost of setting the tenant per transaction ({@code set_config}) against a transaction
 *     that does not;</li>
 * <li>each dashboard query as the application role.</li>
 * </ol>
 * Statements are prepared once and reused, as a pooled server does.
 */
final class SqlBenchmarks {

    /** A query in both forms; {@code parameters} binds a sample's values (the tenant goes first in the explicit form). */
    record Query(String name, String underRls, String explicit, ParameterSource parameters) {
    }

    interface ParameterSource {
        Object[] next(SplittableRandom random);
    }

    /** One query's figures: under RLS, explicit, and the plan under RLS. */
    record Comparison(Query query, Latencies underRls, Latencies explicit, String plan) {
    }

    private final BenchDatabase database;
    private final Consumer<String> progress;
    private final int warmUp;
    private final int iterations;
    private final UUID tenant;
    private final List<UUID> orderIds = new ArrayList<>();

    SqlBenchmarks(BenchDatabase database, String tenantSlug, int warmUp, int iterations, Consumer<String> progress) throws SQLException {
        this.database = database;
        this.progress = progress;
        this.warmUp = warmUp;
        this.iterations = iterations;
        try (Connection c = database.bypass()) {
            try (PreparedStatement query = c.prepareStatement("SELECT id FROM shopfloor.tenants WHERE slug = ?")) {
                query.setString(1, tenantSlug);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("No organization " + tenantSlug + ": build the data set first (mvn -Pdataset package)");
                    }
                    tenant = rows.getObject(1, UUID.class);
                }
            }
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id FROM shopfloor.orders WHERE tenant_id = ? ORDER BY md5(id::text) LIMIT 5000")) {
                query.setObject(1, tenant);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        orderIds.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        }
    }

    UUID tenant() {
        return tenant;
    }

    /** The queries of benchmark 1, as the staff screens and the API run them. */
    List<Query> queries() {
        String[] finishes = {"matte", "gloss", "satin", "oiled"};
        String active = ProductionDashboard.ACTIVE_BATCHES_PER_STAGE;
        return List.of(
                new Query("order by id",
                        "SELECT * FROM shopfloor.orders WHERE id = ?",
                        "SELECT * FROM shopfloor.orders WHERE tenant_id = ? AND id = ?",
                        r -> new Object[] {orderIds.get(r.nextInt(orderIds.size()))}),
                new Query("50-row page by due date",
                        "SELECT o.id, o.order_number, o.status, o.priority, o.due_date, c.name FROM shopfloor.orders o"
                                + " JOIN shopfloor.customers c ON c.tenant_id = o.tenant_id AND c.id = o.customer_id"
                                + " ORDER BY o.due_date, o.id LIMIT 50 OFFSET ?",
                        "SELECT o.id, o.order_number, o.status, o.priority, o.due_date, c.name FROM shopfloor.orders o"
                                + " JOIN shopfloor.customers c ON c.tenant_id = o.tenant_id AND c.id = o.customer_id"
                                + " WHERE o.tenant_id = ? ORDER BY o.due_date, o.id LIMIT 50 OFFSET ?",
                        r -> new Object[] {50 * r.nextInt(20)}),
                new Query("count of orders in production",
                        "SELECT count(*) FROM shopfloor.orders WHERE status = 'in_production'",
                        "SELECT count(*) FROM shopfloor.orders WHERE tenant_id = ? AND status = 'in_production'",
                        r -> new Object[0]),
                new Query("custom-field filter, 50-row page",
                        "SELECT o.id, o.order_number, o.due_date FROM shopfloor.orders o WHERE o.id IN (SELECT v.entity_id"
                                + " FROM shopfloor.custom_field_values v WHERE v.entity_type = 'orders' AND v.field_key = 'finish' AND v.value = ?)"
                                + " ORDER BY o.created_at DESC, o.id LIMIT 50",
                        "SELECT o.id, o.order_number, o.due_date FROM shopfloor.orders o WHERE o.tenant_id = ? AND o.id IN (SELECT v.entity_id"
                                + " FROM shopfloor.custom_field_values v WHERE v.tenant_id = o.tenant_id AND v.entity_type = 'orders'"
                                + " AND v.field_key = 'finish' AND v.value = ?) ORDER BY o.created_at DESC, o.id LIMIT 50",
                        r -> new Object[] {finishes[r.nextInt(finishes.length)]}),
                new Query("dashboard: active batches per stage",
                        active,
                        active.replace("GROUP BY", "WHERE s.tenant_id = ?\n GROUP BY"),
                        r -> new Object[0]));
    }

    /** Benchmark 1: each query under RLS and explicit, interleaved sample by sample. */
    List<Comparison> rowLevelSecurityCost() throws SQLException {
        List<Comparison> results = new ArrayList<>();
        try (Connection app = database.app(); Connection bypass = database.bypass()) {
            setTenantForSession(app);
            for (Query query : queries()) {
                SplittableRandom random = new SplittableRandom(1);
                try (PreparedStatement rls = app.prepareStatement(query.underRls());
                     PreparedStatement explicit = bypass.prepareStatement(query.explicit())) {
                    long[] rlsNanos = new long[iterations];
                    long[] explicitNanos = new long[iterations];
                    for (int i = -warmUp; i < iterations; i++) {
                        Object[] values = query.parameters().next(random);
                        // Alternate which goes first, so neither always meets the warmer cache.
                        long first;
                        long second;
                        if ((i & 1) == 0) {
                            first = time(rls, values, null);
                            second = time(explicit, values, tenant);
                        } else {
                            second = time(explicit, values, tenant);
                            first = time(rls, values, null);
                        }
                        if (i >= 0) {
                            rlsNanos[i] = first;
                            explicitNanos[i] = second;
                        }
                    }
                    String plan = explain(app, query.underRls(), query.parameters().next(new SplittableRandom(1)));
                    Comparison comparison = new Comparison(query, new Latencies(query.name() + " (RLS)", rlsNanos),
                            new Latencies(query.name() + " (explicit)", explicitNanos), plan);
                    progress.accept(String.format("%-38s RLS p50 %.3f p95 %.3f ms | explicit p50 %.3f p95 %.3f ms | p50 ratio %.2f",
                            query.name(), comparison.underRls().p50(), comparison.underRls().p95(), comparison.explicit().p50(),
                            comparison.explicit().p95(), comparison.underRls().p50() / comparison.explicit().p50()));
                    results.add(comparison);
                }
            }
        }
        return results;
    }

    /**
     * Benchmark 2: a read-only transaction that sets the tenant ({@code set_config(..., true)},
     * as the server does) and reads an order, against the same transaction on a session whose
     * tenant was set once.
     */
    Latencies[] tenantPerTransactionCost() throws SQLException {
        long[] withSet = new long[iterations];
        long[] without = new long[iterations];
        SplittableRandom random = new SplittableRandom(2);
        try (Connection perTransaction = database.app(); Connection session = database.app()) {
            setTenantForSession(session);
            perTransaction.setAutoCommit(false);
            session.setAutoCommit(false);
            try (PreparedStatement set = perTransaction.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement read = perTransaction.prepareStatement("SELECT * FROM shopfloor.orders WHERE id = ?");
                 PreparedStatement sessionRead = session.prepareStatement("SELECT * FROM shopfloor.orders WHERE id = ?")) {
                for (int i = -warmUp; i < iterations; i++) {
                    UUID id = orderIds.get(random.nextInt(orderIds.size()));
                    long began = System.nanoTime();
                    set.setString(1, tenant.toString());
                    set.execute();
                    read.setObject(1, id);
                    drain(read.executeQuery());
                    perTransaction.commit();
                    long a = System.nanoTime() - began;
                    began = System.nanoTime();
                    sessionRead.setObject(1, id);
                    drain(sessionRead.executeQuery());
                    session.commit();
                    long b = System.nanoTime() - began;
                    if (i >= 0) {
                        withSet[i] = a;
                        without[i] = b;
                    }
                }
            }
        }
        return new Latencies[] {new Latencies("set_config + read, per transaction", withSet), new Latencies("read, tenant set once", without)};
    }

    /** Benchmark 5: each dashboard query, as the application role, with its plan. */
    List<Comparison> dashboards() throws SQLException {
        ZoneId zone;
        try (Connection app = database.app()) {
            setTenantForSession(app);
            try (ResultSet rows = app.createStatement().executeQuery(OrganizationClock.ZONE_QUERY)) {
                rows.next();
                zone = ZoneId.of(rows.getString(1));
            }
        }
        LocalDate today = LocalDate.now(zone);
        record Dashboard(String name, String sql, Object[] values) {
        }
        List<Dashboard> dashboards = List.of(
                new Dashboard("active batches per stage", ProductionDashboard.ACTIVE_BATCHES_PER_STAGE, new Object[0]),
                new Dashboard("orders overdue", ProductionDashboard.OVERDUE_ORDERS, new Object[] {Date.valueOf(today)}),
                new Dashboard("orders due per day, next 7 days", ProductionDashboard.ORDERS_DUE_BY_DAY,
                        new Object[] {Date.valueOf(today), Date.valueOf(today.plusDays(7))}),
                new Dashboard("orders completed per week, 8 weeks", ProductionDashboard.COMPLETED_PER_WEEK,
                        new Object[] {today.minusWeeks(8).atStartOfDay(zone).toOffsetDateTime(), zone.getId()}),
                new Dashboard("hours per stage vs estimate, 90 days", ProductionDashboard.TIME_PER_STAGE, new Object[] {90}),
                new Dashboard("quality: checks per stage and day, 30 days", QualityDashboard.CHECKS_PER_STAGE_AND_DAY,
                        new Object[] {qualitySince(today, zone), zone.getId()}),
                new Dashboard("quality: first-pass yield per product", QualityDashboard.FIRST_PASS_YIELD,
                        new Object[] {qualitySince(today, zone)}),
                new Dashboard("quality: open issues by SLA status", QualityDashboard.OPEN_ISSUES_BY_SLA, new Object[0]));
        List<Comparison> results = new ArrayList<>();
        try (Connection app = database.app()) {
            setTenantForSession(app);
            for (Dashboard dashboard : dashboards) {
                results.add(timeServiceQuery(app, "dashboard", dashboard.name(), dashboard.sql(), dashboard.values()));
            }
        }
        return results;
    }

    /**
     * Benchmark 7: the people screens' queries as the application role, signed in as a manager of
     * the organization (people:read): a page of the team, two weeks of the calendar and a week of
     * the workload for 25 workers (their assigned, available and worked hours), the people
     * dashboard's metrics of 30 days (per worker, per stage, in all), and the first page of the
     * metrics of 30 days by worker and stage and by all four dimensions, with the latter's count.
     */
    List<Comparison> people() throws SQLException {
        List<Comparison> results = new ArrayList<>();
        try (Connection app = database.app()) {
            setTenantForSession(app);
            ZoneId zone;
            try (ResultSet rows = app.createStatement().executeQuery(OrganizationClock.ZONE_QUERY)) {
                rows.next();
                zone = ZoneId.of(rows.getString(1));
            }
            try (PreparedStatement manager = app.prepareStatement("""
                    SELECT set_config('app.user_id', u.id::text, false) FROM shopfloor.users u
                    JOIN shopfloor.user_roles ur ON ur.tenant_id = u.tenant_id AND ur.user_id = u.id
                    JOIN shopfloor.roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id
                    WHERE r.name = 'manager' ORDER BY u.email LIMIT 1""")) {
                manager.executeQuery().close();
            }
            List<String> team = new ArrayList<>();
            String page = TeamMembers.PAGE;
            Object[] firstPage = {tenant, null, 0, 25};
            try (PreparedStatement query = app.prepareStatement(page.replaceAll("\\?(\\d+)", "?"))) {
                Matcher numbered = Pattern.compile("\\?(\\d+)").matcher(page);
                int index = 1;
                while (numbered.find()) {
                    query.setObject(index++, firstPage[Integer.parseInt(numbered.group(1)) - 1]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        team.add(rows.getString(1));
                    }
                }
            }
            if (team.isEmpty()) {
                throw new IllegalStateException("the organization has no team: build the data set first");
            }
            String ids = String.join(",", team);
            LocalDate today = LocalDate.now(zone);
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
            results.add(timeServiceQuery(app, "people", "team, first page of 25", page, firstPage));
            results.add(timeServiceQuery(app, "people", "calendar, 25 workers x 14 days", Availability.CALENDAR_HOURS,
                    new Object[] {tenant, ids, monday, monday.plusDays(13)}));
            results.add(timeServiceQuery(app, "people", "workload: assigned and available, 25 x 7", WorkHours.LOADS,
                    new Object[] {tenant, ids, monday, monday.plusDays(6)}));
            results.add(timeServiceQuery(app, "people", "workload: worked last week, 25 x 7", WorkedHours.PER_DAY,
                    new Object[] {tenant, ids, monday.minusDays(7), monday.minusDays(1)}));
            Object[] thirtyDays = {today.minusDays(29), today};
            Set<MetricDimension> finest = EnumSet.allOf(MetricDimension.class);
            results.add(timeServiceQuery(app, "people", "people dashboard, 30 days", PeopleMetrics.query(PeopleMetrics.OVERVIEW), thirtyDays));
            results.add(timeServiceQuery(app, "people", "metrics, 30 days by worker and stage, page of 100",
                    PeopleMetrics.page(EnumSet.of(MetricDimension.WORKER, MetricDimension.STAGE)), new Object[] {today.minusDays(29), today, 100, 0}));
            results.add(timeServiceQuery(app, "people", "metrics, 30 days by worker, stage, product, day, page of 100",
                    PeopleMetrics.page(finest), new Object[] {today.minusDays(29), today, 100, 0}));
            results.add(timeServiceQuery(app, "people", "metrics, 30 days by worker, stage, product, day, its count (up to 1,100)",
                    PeopleMetrics.count(finest), new Object[] {today.minusDays(29), today, 1100}));
        }
        return results;
    }

    /** Times a service's query as it runs it (numbered parameters ?1, ?2 bound by number), with its plan. */
    private Comparison timeServiceQuery(Connection app, String kind, String name, String serviceSql, Object[] byNumber) throws SQLException {
        // The service's queries number their parameters (?1, ?2); JDBC takes them in order of appearance.
        Matcher numbered = Pattern.compile("\\?(\\d+)").matcher(serviceSql);
        List<Object> ordered = new ArrayList<>();
        while (numbered.find()) {
            ordered.add(byNumber[Integer.parseInt(numbered.group(1)) - 1]);
        }
        String sql = numbered.replaceAll("?");
        Object[] values = ordered.toArray();
        try (PreparedStatement statement = app.prepareStatement(sql)) {
            int runs = Math.max(50, iterations / 10);
            long[] nanos = new long[runs];
            for (int i = -Math.max(10, warmUp / 10); i < runs; i++) {
                long took = time(statement, values, null);
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
            Latencies latencies = new Latencies(name, nanos);
            progress.accept(String.format("%s %-42s p50 %.3f p95 %.3f ms", kind, name, latencies.p50(), latencies.p95()));
            Query query = new Query(name, sql, null, r -> values);
            return new Comparison(query, latencies, null, explain(app, sql, values));
        }
    }

    /** The quality dashboard's first moment: the start of the first of its 30 days. */
    private static OffsetDateTime qualitySince(LocalDate today, ZoneId zone) {
        return today.minusDays(QualityDashboard.DAYS - 1L).atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * Benchmark 6: moving an open batch on to its next stage as the application role, the statement
     * the service runs ({@code UPDATE} of its stage), in a transaction rolled back so the data stays
     * as it is. From the first stage (no checklist: the gate trigger finds nothing to ask) against a
     * checked stage whose check passed (the trigger asks {@code quality_gate_needs}), sample by
     * sample in turn, each over a different batch.
     */
    Latencies[] gateAdvance() throws SQLException {
        String pick = """
                SELECT b.id, next.id
                FROM shopfloor.batches b
                JOIN shopfloor.production_stages s ON s.tenant_id = b.tenant_id AND s.id = b.current_stage_id
                JOIN LATERAL (SELECT n.id FROM shopfloor.production_stages n
                              WHERE n.tenant_id = s.tenant_id AND n.active AND n.position > s.position
                              ORDER BY n.position LIMIT 1) next ON true
                WHERE b.completed_at IS NULL
                  AND (EXISTS (SELECT 1 FROM shopfloor.checklist_templates t
                               WHERE t.tenant_id = b.tenant_id AND t.stage_id = s.id AND t.status = 'active')) = ?
                  AND (NOT ? OR shopfloor.quality_gate_refusal(b.tenant_id, b.id) IS NULL)
                LIMIT 200""";
        List<UUID[]> plain = new ArrayList<>();
        List<UUID[]> gated = new ArrayList<>();
        try (Connection app = database.app()) {
            setTenantForSession(app);
            try (PreparedStatement query = app.prepareStatement(pick)) {
                for (boolean checked : new boolean[] {false, true}) {
                    query.setBoolean(1, checked);
                    query.setBoolean(2, checked);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            (checked ? gated : plain).add(new UUID[] {rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)});
                        }
                    }
                }
            }
            if (plain.isEmpty() || gated.isEmpty()) {
                throw new IllegalStateException("the data set has no open batch at an unchecked stage, or none whose check passed");
            }
            progress.accept(String.format("gate: %d batches at an unchecked stage, %d at a checked stage with a passing check",
                    plain.size(), gated.size()));
            app.setAutoCommit(false);
            int runs = Math.max(100, iterations / 2);
            long[] without = new long[runs];
            long[] with = new long[runs];
            try (PreparedStatement move = app.prepareStatement(
                    "UPDATE shopfloor.batches SET current_stage_id = ?, version = version + 1 WHERE id = ?")) {
                for (int i = -Math.max(20, warmUp / 10); i < runs; i++) {
                    int k = Math.abs(i);
                    long a = advance(app, move, plain.get(k % plain.size()));
                    long b = advance(app, move, gated.get(k % gated.size()));
                    if (i >= 0) {
                        without[i] = a;
                        with[i] = b;
                    }
                }
            }
            app.setAutoCommit(true);
            Latencies[] measured = {new Latencies("advance, no checklist at the stage", without),
                    new Latencies("advance through the gate (passing check)", with)};
            for (Latencies latencies : measured) {
                progress.accept(String.format("gate: %-44s p50 %.3f p95 %.3f ms", latencies.name(), latencies.p50(), latencies.p95()));
            }
            return measured;
        }
    }

    private static long advance(Connection app, PreparedStatement move, UUID[] batchAndNext) throws SQLException {
        long began = System.nanoTime();
        move.setObject(1, batchAndNext[1]);
        move.setObject(2, batchAndNext[0]);
        if (move.executeUpdate() != 1) {
            throw new IllegalStateException("batch " + batchAndNext[0] + " did not move");
        }
        long took = System.nanoTime() - began;
        app.rollback();
        return took;
    }

    /**
     * Session-level on purpose: these connections are the benchmark's own, never pooled, and
     * benchmark 1 measures the query alone (benchmark 2 measures the per-transaction setting).
     */
    private void setTenantForSession(Connection c) throws SQLException {
        try (PreparedStatement set = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
    }

    private static long time(PreparedStatement statement, Object[] values, UUID tenantFirst) throws SQLException {
        long began = System.nanoTime();
        int index = 1;
        if (tenantFirst != null) {
            statement.setObject(index++, tenantFirst);
        }
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        drain(statement.executeQuery());
        return System.nanoTime() - began;
    }

    /** Reads every value of every row, as a caller would. */
    static void drain(ResultSet rows) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }

    /** EXPLAIN ANALYZE of a statement as it runs for the application role. */
    private static String explain(Connection app, String sql, Object[] values) throws SQLException {
        try (PreparedStatement explain = app.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
            for (int i = 0; i < values.length; i++) {
                explain.setObject(i + 1, values[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
