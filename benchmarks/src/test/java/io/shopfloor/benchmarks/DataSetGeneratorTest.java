package io.shopfloor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data set on a real PostgreSQL at a small scale: the planned sizes, data the database's own
 * rules agree with, the same rows from the same seed, and organizations kept apart as the
 * application role sees them.
 */
class DataSetGeneratorTest {

    private static final DataSetPlan PLAN = new DataSetPlan(4, 4_000, 7, LocalDate.of(2026, 6, 15));

    @TempDir
    static Path directory;

    private static BenchDatabase database;
    private static DataSetGenerator.Summary summary;

    @BeforeAll
    static void load() throws SQLException {
        database = BenchDatabase.start(directory, 0);
        try (Connection superuser = database.superuser()) {
            summary = new DataSetGenerator(PLAN, line -> { }).generate(superuser);
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theDefaultPlanPutsAMillionOrdersInAHundredOrganizationsOneWithOver100000() {
        List<Long> counts = new DataSetPlan(100, 1_000_000, 42, LocalDate.of(2026, 1, 1)).ordersPerTenant();
        assertThat(counts).hasSize(100);
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000_000);
        assertThat(counts.get(0)).isEqualTo(150_000).isEqualTo(counts.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(counts.get(1)).isLessThan(counts.get(0)).isGreaterThan(counts.get(99) * 10);
        assertThat(counts).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(DataSetPlan.MIN_ORDERS));
    }

    @Test
    void everyOrganizationHasItsPlannedOrdersAndWhatBelongsToThem() throws SQLException {
        assertThat(summary.rows().get("orders")).isEqualTo(4_000);
        try (Connection c = database.superuser()) {
            List<Long> perTenant = new ArrayList<>();
            try (ResultSet rows = c.createStatement().executeQuery(
                    "SELECT count(o.id) FROM shopfloor.tenants t LEFT JOIN shopfloor.orders o ON o.tenant_id = t.id GROUP BY t.slug ORDER BY t.slug")) {
                while (rows.next()) {
                    perTenant.add(rows.getLong(1));
                }
            }
            assertThat(perTenant).containsExactlyElementsOf(PLAN.ordersPerTenant());
            assertThat(count(c, "SELECT count(*) FROM shopfloor.batches")).isPositive();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.stage_assignments")).isPositive();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.custom_field_values")).isGreaterThanOrEqualTo(4_000);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_type IN ('orders', 'batches')"))
                    .isEqualTo(4_000 + count(c, "SELECT count(*) FROM shopfloor.batches"));
            assertThat(count(c, "SELECT count(DISTINCT status) FROM shopfloor.orders")).isEqualTo(5);
        }
    }

    @Test
    void theDataKeepsTheRulesTheTriggersAndKeysWouldHaveKept() throws SQLException {
        try (Connection c = database.superuser()) {
            // Every key points at a row of the same organization.
            assertThat(count(c, "SELECT count(*) FROM shopfloor.orders o LEFT JOIN shopfloor.customers x ON x.tenant_id = o.tenant_id AND x.id = o.customer_id WHERE x.id IS NULL")).isZero();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.orders o LEFT JOIN shopfloor.product_options x ON x.tenant_id = o.tenant_id AND x.product_id = o.product_id AND x.id = o.option_id WHERE o.option_id IS NOT NULL AND x.id IS NULL")).isZero();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.batch_orders m LEFT JOIN shopfloor.orders x ON x.tenant_id = m.tenant_id AND x.id = m.order_id WHERE x.id IS NULL")).isZero();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.stage_assignments a LEFT JOIN shopfloor.users x ON x.tenant_id = a.tenant_id AND x.id = a.worker_id WHERE x.id IS NULL")).isZero();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.order_status_history h LEFT JOIN shopfloor.orders x ON x.tenant_id = h.tenant_id AND x.id = h.order_id WHERE x.id IS NULL")).isZero();
            // An order's status is the last step of its history; in production exactly when in an incomplete batch.
            assertThat(count(c, """
                    SELECT count(*) FROM shopfloor.orders o
                    WHERE o.status <> (SELECT h.new_status FROM shopfloor.order_status_history h
                                       WHERE h.tenant_id = o.tenant_id AND h.order_id = o.id ORDER BY h.changed_at DESC LIMIT 1)""")).isZero();
            assertThat(count(c, """
                    SELECT count(*) FROM shopfloor.orders o
                    WHERE (o.status = 'in_production') <> EXISTS (SELECT 1 FROM shopfloor.batch_orders m JOIN shopfloor.batches b
                               ON b.tenant_id = m.tenant_id AND b.id = m.batch_id
                             WHERE m.tenant_id = o.tenant_id AND m.order_id = o.id AND b.completed_at IS NULL)""")).isZero();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.batch_orders m JOIN shopfloor.batches b ON b.id = m.batch_id WHERE m.batch_open <> (b.completed_at IS NULL)")).isZero();
            // The custom field look-ups are exactly what the database's own function derives from the orders.
            String derived = "SELECT o.tenant_id, 'orders'::text, v.field_key, v.value, o.id FROM shopfloor.orders o"
                    + " CROSS JOIN LATERAL shopfloor.custom_field_rows(o.custom_fields) AS v";
            String loaded = "SELECT tenant_id, entity_type, field_key, value, entity_id FROM shopfloor.custom_field_values";
            assertThat(count(c, "SELECT count(*) FROM (" + derived + " EXCEPT " + loaded + ") AS missing")).isZero();
            assertThat(count(c, "SELECT count(*) FROM (" + loaded + " EXCEPT " + derived + ") AS extra")).isZero();
            // Nothing happens after the as-of moment.
            assertThat(count(c, "SELECT count(*) FROM shopfloor.order_status_history WHERE changed_at > '2026-06-15 12:00:00+00'")).isZero();
            // People: every worker has a profile, a skill per stage and a request waiting; time only within done work's span.
            long workers = count(c, "SELECT count(*) FROM shopfloor.user_roles ur JOIN shopfloor.roles r ON r.tenant_id = ur.tenant_id"
                    + " AND r.id = ur.role_id WHERE r.name = 'worker'");
            assertThat(count(c, "SELECT count(*) FROM shopfloor.worker_profiles")).isEqualTo(workers);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.worker_skills")).isEqualTo(workers * 7);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.availability_exceptions WHERE status = 'requested'")).isEqualTo(workers);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_intervals")).isGreaterThan(count(c,
                    "SELECT count(*) FROM shopfloor.stage_assignments WHERE completed_at IS NOT NULL") / 2);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_intervals i JOIN shopfloor.stage_assignments a"
                    + " ON a.tenant_id = i.tenant_id AND a.id = i.assignment_id"
                    + " WHERE a.completed_at IS NULL OR i.started_at < a.started_at OR i.ended_at > a.completed_at OR i.user_id <> a.worker_id")).isZero();
            // Every completed piece of work with a worker has its results, and the days' sums are the results summed.
            assertThat(count(c, "SELECT count(*) FROM shopfloor.stage_assignments a WHERE a.completed_at IS NOT NULL AND a.worker_id IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM shopfloor.work_results r WHERE r.tenant_id = a.tenant_id AND r.assignment_id = a.id)")).isZero();
            String results = "SELECT tenant_id, day, worker_id, stage_id, product_id, sum(units)::int, sum(worked_seconds)::bigint, sum(checks)::int"
                    + " FROM shopfloor.work_results GROUP BY tenant_id, day, worker_id, stage_id, product_id";
            String days = "SELECT tenant_id, day, worker_id, stage_id, product_id, units, worked_seconds, checks FROM shopfloor.work_result_days";
            assertThat(count(c, "SELECT count(*) FROM ((" + results + ") EXCEPT (" + days + ")) AS differing")).isZero();
            assertThat(count(c, "SELECT count(*) FROM ((" + days + ") EXCEPT (" + results + ")) AS differing")).isZero();
        }
    }

    /** Ids the database gives (the seeded roles and stages) differ from run to run; everything generated repeats. */
    @Test
    void theSameSeedGivesTheSameRows() throws SQLException {
        String before = fingerprint();
        database.truncateEverything();
        try (Connection superuser = database.superuser()) {
            new DataSetGenerator(PLAN, line -> { }).generate(superuser);
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theApplicationRoleSeesOneOrganizationAtATime() throws SQLException {
        UUID tenant;
        try (Connection c = database.superuser(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT id FROM shopfloor.tenants WHERE slug = 'bench-002'")) {
            rows.next();
            tenant = rows.getObject(1, UUID.class);
        }
        var access = database.access();
        try (Connection app = DriverManager.getConnection(access.jdbcUrl(), access.app().role(), access.app().password())) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            assertThat(count(app, "SELECT count(*) FROM shopfloor.orders")).isEqualTo(PLAN.ordersPerTenant().get(1));
            assertThat(count(app, "SELECT count(DISTINCT tenant_id) FROM shopfloor.batches")).isOne();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.custom_field_values WHERE entity_type = 'orders' AND field_key = 'finish' AND value = 'matte'"))
                    .isPositive();
            app.rollback();
        }
    }

    private static String fingerprint() throws SQLException {
        try (Connection c = database.superuser(); ResultSet rows = c.createStatement().executeQuery("""
                SELECT md5(string_agg(o::text, ',' ORDER BY o.id))
                       || md5((SELECT string_agg(concat_ws('|', b.id, b.batch_number, s.name, b.priority, b.quality_status, b.completed_at,
                                                          b.created_at), ',' ORDER BY b.id)
                               FROM shopfloor.batches b JOIN shopfloor.production_stages s ON s.id = b.current_stage_id))
                FROM shopfloor.orders o""")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
