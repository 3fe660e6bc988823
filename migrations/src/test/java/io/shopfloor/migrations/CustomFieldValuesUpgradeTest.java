package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** An installation upgraded to V4 finds the custom field values its records held before. */
class CustomFieldValuesUpgradeTest {

    @Test
    void valuesStoredBeforeTheLookupTableExistedAreFilterableAfterTheUpgrade() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        String url = db.createEmptyDatabase("upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        db.flyway(url).target("3").load().migrate();

        UUID tenant = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            run(app, "INSERT INTO shopfloor.tenants (id, name, slug) VALUES (?, 'Old', ?)", tenant, "old-" + tenant.toString().substring(0, 8));
            run(app, "INSERT INTO shopfloor.customers (id, tenant_id, name, custom_fields) VALUES (?, ?, 'Old buyer', '{\"tier\": \"gold\"}')",
                    customer, tenant);
            run(app, "INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, custom_fields) "
                    + "VALUES (?, 'SO-1', ?, '{\"finish\": \"gloss\", \"qty\": 2.50, \"tags\": [\"a\", \"b\"]}')", tenant, customer);
            app.commit();
        }

        db.flyway(url).load().migrate();

        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.custom_field_values WHERE entity_type = 'orders'"))
                    .as("finish, qty and two tags").isEqualTo(4);
            assertThat(MigratedDatabase.count(app,
                    "SELECT count(*) FROM shopfloor.custom_field_values WHERE entity_type = 'orders' AND field_key = 'qty' AND value = '2.5'"))
                    .isEqualTo(1);
            assertThat(MigratedDatabase.count(app,
                    "SELECT count(*) FROM shopfloor.custom_field_values WHERE entity_type = 'customers' AND value = 'gold'")).isEqualTo(1);
            app.rollback();
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.custom_field_values"))
                    .as("no tenant, no rows: row level security is forced again").isZero();
        }
    }

    /** V7: the built-in roles of organizations that existed before products get their grants. */
    @Test
    void builtInRolesOfExistingOrganizationsGetTheProductGrants() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        String url = db.createEmptyDatabase("upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        db.flyway(url).target("6").load().migrate();
        UUID tenant = UUID.randomUUID();
        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            run(app, "INSERT INTO shopfloor.tenants (id, name, slug) VALUES (?, 'Old', ?)", tenant, "old-" + tenant.toString().substring(0, 8));
            app.commit();
        }

        db.flyway(url).load().migrate();

        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            String grants = "SELECT string_agg(r.name || '=' || p.permission, ',' ORDER BY r.name) FROM shopfloor.role_permissions p"
                    + " JOIN shopfloor.roles r ON r.tenant_id = p.tenant_id AND r.id = p.role_id WHERE p.permission LIKE 'products:%'";
            try (PreparedStatement query = app.prepareStatement(grants); java.sql.ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("manager=products:*,viewer=products:read,worker=products:read");
            }
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_type = 'role_permissions'"
                    + " AND new_values ->> 'permission' LIKE 'products:%'")).as("each grant is in the organization's audit trail").isEqualTo(3);
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
