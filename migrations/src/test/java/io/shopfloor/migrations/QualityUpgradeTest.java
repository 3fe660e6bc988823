package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * V21: checks completed before the upgrade get the products they covered, so first-pass yield
 * keeps its history; a batch held by hand stays held, through an issue that says so.
 */
class QualityUpgradeTest {

    @Test
    void checksCoverTheirBatchsProductsAndAHoldByHandBecomesAnIssue() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        String url = db.createEmptyDatabase("upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        db.flyway(url).target("20").load().migrate();

        UUID tenant = UUID.randomUUID();
        try (Connection owner = DriverManager.getConnection(url, MigratedDatabase.OWNER, db.password())) {
            owner.setAutoCommit(false);
            run(owner, "SELECT shopfloor.provision_organization(?, 'old-quality', 'Old quality', 'UTC', 'EUR')", tenant);
            owner.commit();
        }
        UUID user = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        UUID check = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, user);
            run(app, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, 'q@old.example', 'Quinn', 'x')",
                    user, tenant);
            run(app, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = 'admin'",
                    tenant, user);
            UUID customer = UUID.randomUUID();
            run(app, "INSERT INTO shopfloor.customers (id, tenant_id, name) VALUES (?, ?, 'Old buyer')", customer, tenant);
            run(app, "INSERT INTO shopfloor.products (id, tenant_id, name, sku_prefix, complexity, base_hours, base_price) VALUES (?, ?, 'Verite', 'VE', 'high', 12, 2499)",
                    product, tenant);
            UUID batch = UUID.randomUUID();
            run(app, "INSERT INTO shopfloor.batches (id, tenant_id, batch_number, current_stage_id, created_by)"
                    + " SELECT ?, ?, 'B20261130-001', id, ? FROM shopfloor.production_stages WHERE name = 'Intake'", batch, tenant, user);
            for (int n = 1; n <= 2; n++) {
                UUID order = UUID.randomUUID();
                run(app, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id, product_id) VALUES (?, ?, ?, ?, ?)",
                        order, tenant, "SO-" + n, customer, product);
                run(app, "INSERT INTO shopfloor.batch_orders (tenant_id, batch_id, order_id, added_by) VALUES (?, ?, ?, ?)", tenant, batch, order, user);
            }
            UUID template = UUID.randomUUID();
            UUID item = UUID.randomUUID();
            run(app, "INSERT INTO shopfloor.checklist_templates (tenant_id, id, lineage_id, name, stage_id, created_by)"
                    + " SELECT ?, ?, ?, 'Intake check', id, ? FROM shopfloor.production_stages WHERE name = 'Intake'", tenant, template, template, user);
            run(app, "INSERT INTO shopfloor.checklist_items (tenant_id, id, template_id, position, category, item_text) VALUES (?, ?, ?, 0, 'Wood', 'No cracks')",
                    tenant, item, template);
            run(app, "UPDATE shopfloor.checklist_templates SET status = 'active', published_at = now() WHERE id = ?", template);
            for (UUID id : new UUID[] {check, open}) {
                run(app, "INSERT INTO shopfloor.quality_checks (tenant_id, id, batch_id, stage_id, template_id, worker_id)"
                        + " SELECT ?, ?, ?, id, ?, ? FROM shopfloor.production_stages WHERE name = 'Intake'", tenant, id, batch, template, user);
            }
            run(app, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", tenant, check, item);
            run(app, "UPDATE shopfloor.quality_checks SET completed_at = now() WHERE id = ?", check);
            run(app, "INSERT INTO shopfloor.batches (id, tenant_id, batch_number, current_stage_id, created_by)"
                    + " SELECT ?, ?, 'B20261130-002', id, ? FROM shopfloor.production_stages WHERE name = 'Sanding'", held, tenant, user);
            run(app, "UPDATE shopfloor.batches SET quality_status = 'hold' WHERE id = ?", held);
            app.commit();
        }

        db.flyway(url).load().migrate();

        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.quality_check_products WHERE check_id = ? AND product_id = ?", check, product))
                    .as("the completed check covers its batch's one product, once for its two orders").isEqualTo(1);
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.quality_check_products WHERE check_id = ?", open))
                    .as("a check still open covers nothing").isZero();
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.batches WHERE id = ? AND quality_status = 'hold'", held))
                    .as("the batch held by hand is still held").isEqualTo(1);
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.issues WHERE batch_id = ? AND severity = 'hold'"
                    + " AND resolved_at IS NULL AND title = 'Quality status set by hand: hold'", held))
                    .as("held through an open issue that says why").isEqualTo(1);
            app.rollback();
        }
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
