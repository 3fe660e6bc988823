package io.shopfloor.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Prints the query plans and times of the orders list filtered by a custom field, as the
 * application role, on 100,000 orders of one organization (and 100,000 of another beside them).
 * It compares the lookup table the services use with a plain jsonb containment filter, which row
 * level security keeps away from any index.
 *
 * <pre>mvn -q -pl migrations test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.shopfloor.migrations.CustomFieldFilterBenchmark</pre>
 */
public final class CustomFieldFilterBenchmark {

    private static final int ORDERS = 100_000;
    private static final int RUNS = 25;

    /** The page and count queries of the orders list (OrderQueries), filtered as the services filter. */
    private static final String PAGE_BY_LOOKUP = """
            SELECT o.id, o.order_number, c.name, o.custom_fields FROM shopfloor.orders o
            JOIN shopfloor.customers c ON c.id = o.customer_id
            WHERE o.id IN (SELECT v.entity_id FROM shopfloor.custom_field_values v
                           WHERE v.entity_type = 'orders' AND v.field_key = ? AND v.value = ?)
            ORDER BY o.created_at DESC, o.id LIMIT 25""";
    private static final String COUNT_BY_LOOKUP = """
            SELECT count(o.id) FROM shopfloor.orders o JOIN shopfloor.customers c ON c.id = o.customer_id
            WHERE o.id IN (SELECT v.entity_id FROM shopfloor.custom_field_values v
                           WHERE v.entity_type = 'orders' AND v.field_key = ? AND v.value = ?)""";
    private static final String COUNT_BY_JSONB = """
            SELECT count(o.id) FROM shopfloor.orders o JOIN shopfloor.customers c ON c.id = o.customer_id
            WHERE o.custom_fields @> jsonb_build_object(?::text, ?::text)""";

    private CustomFieldFilterBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        TenantFixture measured = TenantFixture.create(db, "bench-" + UUID.randomUUID().toString().substring(0, 8));
        TenantFixture neighbour = TenantFixture.create(db, "bench-" + UUID.randomUUID().toString().substring(0, 8));
        long loading = System.nanoTime();
        for (TenantFixture tenant : List.of(measured, neighbour)) {
            insertOrders(db, tenant);
        }
        System.out.printf("Loaded %,d orders for each of 2 organizations in %.1f s (trigger keeping the lookup table included)%n",
                ORDERS, (System.nanoTime() - loading) / 1e9);
        try (Connection owner = db.owner(); PreparedStatement analyze = owner.prepareStatement(
                "ANALYZE shopfloor.orders, shopfloor.customers, shopfloor.custom_field_values")) {
            analyze.execute();
        }
        try (Connection app = db.app()) {
            MigratedDatabase.beginAs(app, measured.tenantId(), measured.userId());
            for (String[] filter : List.of(new String[] {"finish", "finish-7"}, new String[] {"rush", "true"})) {
                System.out.printf("%nFilter cf.%s=%s (%,d matching orders)%n", filter[0], filter[1],
                        MigratedDatabase.count(app, COUNT_BY_LOOKUP, filter[0], filter[1]));
                report(app, "page, lookup table", PAGE_BY_LOOKUP, filter);
                report(app, "count, lookup table", COUNT_BY_LOOKUP, filter);
                if (filter[0].equals("finish")) {
                    report(app, "count, jsonb @> (no index under RLS)", COUNT_BY_JSONB, filter);
                }
            }
            app.rollback();
        }
    }

    /** finish: one of 200 values (0.5 % each); rush: true on 1 order in 10. */
    private static void insertOrders(MigratedDatabase db, TenantFixture tenant) throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, created_at, custom_fields)
                    SELECT ?, 'B-' || i, ?, now() - i * interval '1 minute',
                           jsonb_build_object('finish', 'finish-' || (i % 200), 'rush', i % 10 = 0, 'qty', i % 1000)
                    FROM generate_series(1, ?) AS i""")) {
                insert.setObject(1, tenant.tenantId());
                insert.setObject(2, tenant.customerId());
                insert.setInt(3, ORDERS);
                insert.executeUpdate();
            }
            c.commit();
        }
    }

    private static void report(Connection app, String name, String sql, String[] filter) throws SQLException {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            run(app, sql, filter);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run(app, sql, filter);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  %-40s median %6.2f ms, p90 %6.2f ms (%d runs)%n", name, millis[RUNS / 2], millis[RUNS * 9 / 10], RUNS);
        for (String line : plan(app, sql, filter)) {
            System.out.println("      " + line);
        }
    }

    private static void run(Connection app, String sql, String[] filter) throws SQLException {
        try (PreparedStatement query = app.prepareStatement(sql)) {
            query.setString(1, filter[0]);
            query.setString(2, filter[1]);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    private static List<String> plan(Connection app, String sql, String[] filter) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement explain = app.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
            explain.setString(1, filter[0]);
            explain.setString(2, filter[1]);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        return plan;
    }
}
