package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batches as the database keeps them, whatever the application does: numbers that never repeat
 * under concurrent creators, an order in at most one incomplete batch, and seed 000's rule that
 * only managers and administrators modify orders (production may move an order's status only).
 */
class BatchesTest {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static MigratedDatabase db;
    private static TenantFixture acme;

    @BeforeAll
    static void tenant() throws SQLException {
        db = MigratedDatabase.get();
        acme = TenantFixture.create(db, "batch-acme-" + suffix());
    }

    @Test
    void twentyConcurrentCreatorsGetTwentyDifferentNumbersOfToday() throws Exception {
        TenantFixture fresh = TenantFixture.create(db, "batch-numbers-" + suffix());
        int creators = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(creators);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < creators; i++) {
                numbers.add(pool.submit((Callable<String>) () -> {
                    try (Connection c = db.app()) {
                        MigratedDatabase.beginAs(c, fresh.tenantId(), fresh.userId());
                        start.await();
                        String number = createBatch(c, fresh);
                        c.commit();
                        return number;
                    }
                }));
            }
            start.countDown();
            List<String> created = new ArrayList<>();
            for (Future<String> number : numbers) {
                created.add(number.get());
            }
            String today = LocalDate.now(ZoneId.of("UTC")).format(DateTimeFormatter.BASIC_ISO_DATE);
            List<String> expected = new ArrayList<>();
            // The fixture made the organization's first batch of the day.
            for (int n = 2; n <= creators + 1; n++) {
                expected.add("B" + today + "-" + String.format("%03d", n));
            }
            assertThat(created).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOrderIsInAtMostOneIncompleteBatch() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            UUID order = insertOrder(c, acme);
            UUID first = batchId(c, createBatch(c, acme));
            UUID second = batchId(c, createBatch(c, acme));
            addOrder(c, acme, first, order);
            assertSqlState(c, UNIQUE_VIOLATION, () -> addOrder(c, acme, second, order));

            // Once the first batch is complete, the order may go into another one...
            run(c, "UPDATE shopfloor.batches SET completed_at = now() WHERE id = ?", first);
            addOrder(c, acme, second, order);
            // ...but the completed batch neither takes nor gives up orders, nor reopens over the new one.
            assertSqlState(c, CHECK_VIOLATION, () -> addOrder(c, acme, first, insertOrder(c, acme)));
            assertSqlState(c, CHECK_VIOLATION, () -> run(c, "DELETE FROM shopfloor.batch_orders WHERE batch_id = ?", first));
            assertSqlState(c, UNIQUE_VIOLATION, () -> run(c, "UPDATE shopfloor.batches SET completed_at = NULL WHERE id = ?", first));
            c.rollback();
        }
    }

    @Test
    void theOpenFlagFollowsItsBatchAndCannotBeSetByHand() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            UUID order = insertOrder(c, acme);
            UUID batch = batchId(c, createBatch(c, acme));
            addOrder(c, acme, batch, order);
            assertSqlState(c, CHECK_VIOLATION, () -> run(c, "UPDATE shopfloor.batch_orders SET batch_open = false WHERE batch_id = ?", batch));
            c.rollback();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> run(c, "UPDATE shopfloor.batch_orders SET order_id = order_id WHERE batch_id = ?", acme.batchId()));
            c.rollback();
        }
    }

    @Test
    void aStageAssignmentIsOnePerBatchAndStage() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertSqlState(c, UNIQUE_VIOLATION, () -> run(c,
                    "INSERT INTO shopfloor.stage_assignments (tenant_id, batch_id, stage_id) SELECT ?, ?, id FROM shopfloor.production_stages WHERE name = 'Intake'",
                    acme.tenantId(), acme.batchId()));
            assertSqlState(c, CHECK_VIOLATION, () -> run(c,
                    "UPDATE shopfloor.stage_assignments SET started_at = now(), completed_at = now() - interval '1 hour' WHERE batch_id = ?",
                    acme.batchId()));
            c.rollback();
        }
    }

    @Test
    void onlyManagersAndAdministratorsModifyOrders() throws SQLException {
        UUID manager = insertUser(acme, "manager");
        UUID worker = insertUser(acme, "worker");
        UUID viewer = insertUser(acme, "viewer");

        for (UUID reader : List.of(worker, viewer)) {
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, acme.tenantId(), reader);
                assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.orders WHERE id = ?", acme.orderId())).isOne();
                assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> run(c, "UPDATE shopfloor.orders SET notes = 'changed' WHERE id = ?", acme.orderId()));
                c.rollback();
            }
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, acme.tenantId(), reader);
                assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> insertOrder(c, acme));
                c.rollback();
            }
        }
        // A viewer cannot move an order's status either.
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), viewer);
            assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> run(c, "UPDATE shopfloor.orders SET status = 'completed' WHERE id = ?", acme.orderId()));
            c.rollback();
        }
        // Production work moves the status of an order (a batch's last stage completes it), nothing more.
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), worker);
            run(c, "UPDATE shopfloor.orders SET status = 'completed' WHERE id = ?", acme.orderId());
            run(c, "INSERT INTO shopfloor.order_status_history (tenant_id, order_id, old_status, new_status, changed_by) VALUES (?, ?, 'in_production', 'completed', ?)",
                    acme.tenantId(), acme.orderId(), worker);
            assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> run(c, "UPDATE shopfloor.orders SET status = 'shipped' WHERE id = ?", acme.orderId()));
            c.rollback();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), worker);
            assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> run(c, "UPDATE shopfloor.orders SET status = 'in_production', due_date = due_date + 1 WHERE id = ?", acme.orderId()));
            c.rollback();
        }
        // A manager modifies orders; a deactivated manager does not.
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), manager);
            run(c, "UPDATE shopfloor.orders SET notes = 'changed by a manager' WHERE id = ?", acme.orderId());
            insertOrder(c, acme);
            c.rollback();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            run(c, "UPDATE shopfloor.users SET status = 'inactive' WHERE id = ?", manager);
            c.commit();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), manager);
            assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> run(c, "UPDATE shopfloor.orders SET notes = 'changed' WHERE id = ?", acme.orderId()));
            c.rollback();
        }
    }

    @Test
    void anotherOrganizationsManagerCannotModifyOrders() throws SQLException {
        TenantFixture globex = TenantFixture.create(db, "batch-globex-" + suffix());
        // Globex's administrator, with Acme set as the tenant: no role of that user exists in Acme.
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), globex.userId());
            assertSqlState(c, INSUFFICIENT_PRIVILEGE, () -> run(c, "UPDATE shopfloor.orders SET notes = 'x' WHERE id = ?", acme.orderId()));
            c.rollback();
        }
    }

    private static String createBatch(Connection c, TenantFixture tenant) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO shopfloor.batches (tenant_id, batch_number, current_stage_id, created_by)"
                        + " SELECT ?, shopfloor.next_batch_number(), id, ? FROM shopfloor.production_stages WHERE name = 'Intake'"
                        + " RETURNING batch_number")) {
            insert.setObject(1, tenant.tenantId());
            insert.setObject(2, tenant.userId());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static UUID batchId(Connection c, String number) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT id FROM shopfloor.batches WHERE batch_number = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static void addOrder(Connection c, TenantFixture tenant, UUID batch, UUID order) throws SQLException {
        run(c, "INSERT INTO shopfloor.batch_orders (tenant_id, batch_id, order_id) VALUES (?, ?, ?)", tenant.tenantId(), batch, order);
    }

    private static UUID insertOrder(Connection c, TenantFixture tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        run(c, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id) VALUES (?, ?, ?, ?)",
                id, tenant.tenantId(), "SO-" + suffix(), tenant.customerId());
        return id;
    }

    private static UUID insertUser(TenantFixture tenant, String role) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            run(c, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, ?, 'x')",
                    id, tenant.tenantId(), role + "-" + suffix() + "@example.com", role);
            run(c, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = ?",
                    tenant.tenantId(), id, role);
            c.commit();
        }
        return id;
    }

    private interface Statement {
        void run() throws SQLException;
    }

    /** Runs {@code statement} under a savepoint, so the transaction goes on after the refusal. */
    private static void assertSqlState(Connection c, String state, Statement statement) throws SQLException {
        Savepoint before = c.setSavepoint();
        assertThatThrownBy(statement::run)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(state));
        c.rollback(before);
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
