package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** V17: the English sentences production wrote into an order's history become causes with their batch. */
class OrderHistoryCausesUpgradeTest {

    @Test
    void productionSentencesBecomeCausesAndPeoplesReasonsStay() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        String url = db.createEmptyDatabase("upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        db.flyway(url).target("16").load().migrate();

        UUID tenant = UUID.randomUUID();
        try (Connection owner = DriverManager.getConnection(url, MigratedDatabase.OWNER, db.password())) {
            owner.setAutoCommit(false);
            run(owner, "SELECT shopfloor.provision_organization(?, 'old-shop', 'Old shop', 'UTC', 'EUR')", tenant);
            owner.commit();
        }
        UUID user = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        UUID batch = UUID.randomUUID();
        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, user);
            run(app, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, 'm@old.example', 'Mai', 'x')",
                    user, tenant);
            run(app, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = 'admin'",
                    tenant, user);
            UUID customer = UUID.randomUUID();
            run(app, "INSERT INTO shopfloor.customers (id, tenant_id, name) VALUES (?, ?, 'Old buyer')", customer, tenant);
            run(app, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id) VALUES (?, ?, 'SO-1', ?)", order, tenant, customer);
            run(app, "INSERT INTO shopfloor.batches (id, tenant_id, batch_number, current_stage_id, created_by)"
                    + " SELECT ?, ?, 'B20261130-001', id, ? FROM shopfloor.production_stages WHERE name = 'Intake'", batch, tenant, user);
            history(app, tenant, order, user, null, "pending", "Order created");
            history(app, tenant, order, user, "pending", "in_production", "Added to batch B20261130-001");
            history(app, tenant, order, user, "in_production", "pending", "Removed from batch B20261130-001");
            history(app, tenant, order, user, "pending", "in_production", "Added to batch B20261130-001");
            history(app, tenant, order, user, "in_production", "completed", "Batch B20261130-001 completed");
            history(app, tenant, order, user, "completed", "shipped", "Courier came early");
            app.commit();
        }

        db.flyway(url).load().migrate();

        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            List<String> rows = new ArrayList<>();
            try (PreparedStatement query = app.prepareStatement("SELECT h.cause, b.batch_number, h.reason FROM shopfloor.order_status_history h"
                    + " LEFT JOIN shopfloor.batches b ON b.tenant_id = h.tenant_id AND b.id = h.batch_id ORDER BY h.changed_at, h.new_status");
                 ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3));
                }
            }
            assertThat(rows).containsExactlyInAnyOrder(
                    "created|null|null",
                    "added_to_batch|B20261130-001|null",
                    "removed_from_batch|B20261130-001|null",
                    "added_to_batch|B20261130-001|null",
                    "batch_completed|B20261130-001|null",
                    "changed|null|Courier came early");
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_type = 'order_status_history' AND action = 'update'"))
                    .as("a change of the history's form is not a change of what happened").isZero();
            app.rollback();
        }
    }

    private static void history(Connection c, UUID tenant, UUID order, UUID user, String from, String to, String reason) throws SQLException {
        run(c, "INSERT INTO shopfloor.order_status_history (tenant_id, order_id, old_status, new_status, changed_by, reason, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, clock_timestamp())", tenant, order, from, to, user, reason);
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }
}
