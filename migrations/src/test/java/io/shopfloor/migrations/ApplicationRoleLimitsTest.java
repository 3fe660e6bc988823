package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the application role may not do even inside its own tenant. */
class ApplicationRoleLimitsTest {

    private static MigratedDatabase db;
    private static TenantFixture tenant;

    @BeforeAll
    static void tenant() throws SQLException {
        db = MigratedDatabase.get();
        tenant = TenantFixture.create(db, "limits-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void itCannotAttachTheAuditFunctionToATableOfItsOwn() throws SQLException {
        try (Connection c = db.app()) {
            assertThat(MigratedDatabase.count(c, "SELECT count(*) WHERE has_function_privilege(current_user, 'shopfloor.audit_row_change()', 'EXECUTE')"))
                    .as("EXECUTE on the audit function").isZero();
            assertRefused(c, "CREATE TEMPORARY TABLE orders (id uuid, tenant_id uuid)");
        }
    }

    @Test
    void itCannotSuspendOrReactivateItsTenant() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            assertRefused(c, "UPDATE shopfloor.tenants SET status = 'suspended'");
            c.rollback();
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            try (PreparedStatement rename = c.prepareStatement("UPDATE shopfloor.tenants SET name = 'Renamed Org'")) {
                assertThat(rename.executeUpdate()).as("tenant settings stay editable").isEqualTo(1);
            }
            c.rollback();
        }
    }

    @Test
    void itCannotDeleteOrdersOrCustomersSoHistoryStays() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            assertRefused(c, "DELETE FROM shopfloor.orders WHERE id = '" + tenant.orderId() + "'");
            c.rollback();
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            assertRefused(c, "DELETE FROM shopfloor.customers WHERE id = '" + tenant.customerId() + "'");
            c.rollback();
        }
    }

    @Test
    void builtInRolesCannotBeRenamedMadeCustomOrDeleted() throws SQLException {
        for (String sql : new String[] {
                "UPDATE shopfloor.roles SET name = 'boss' WHERE name = 'admin'",
                "UPDATE shopfloor.roles SET builtin = false WHERE name = 'manager'",
                "DELETE FROM shopfloor.roles WHERE name = 'viewer'"}) {
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    assertThatThrownBy(statement::executeUpdate).as(sql)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
                }
                c.rollback();
            }
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            try (PreparedStatement describe = c.prepareStatement("UPDATE shopfloor.roles SET description = 'Runs the workshop' WHERE name = 'manager'")) {
                assertThat(describe.executeUpdate()).as("descriptions stay editable").isEqualTo(1);
            }
            c.rollback();
        }
    }

    @Test
    void itCannotCreateOrganizations() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, UUID.randomUUID(), null);
            assertRefused(c, "INSERT INTO shopfloor.tenants (id, name, slug) VALUES (shopfloor.current_tenant_id(), 'Rogue', 'rogue-org')");
            c.rollback();
            assertRefused(c, "SELECT shopfloor.provision_organization(gen_random_uuid(), 'rogue-org', 'Rogue', 'UTC', 'EUR')");
        }
    }

    @Test
    void itReadsNoPasswordHashButItsOwnThroughTheNarrowFunction() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            assertRefused(c, "SELECT password_hash FROM shopfloor.users");
            c.rollback();
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            try (PreparedStatement own = c.prepareStatement("SELECT shopfloor.own_password_hash()");
                 java.sql.ResultSet row = own.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).as("the fixture's own hash").isEqualTo("x");
            }
            c.rollback();
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) WHERE shopfloor.own_password_hash() IS NOT NULL"))
                    .as("no user bound, no hash").isZero();
            c.rollback();
        }
    }

    /**
     * The "only managers modify orders" guard holds for any role the server might log in with,
     * e.g. one made a member of the application role, and not for a role name alone.
     */
    @Test
    void theOrderGuardHoldsForALoginRoleThatIsAMemberOfTheApplicationRole() throws SQLException {
        UUID worker = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO shopfloor.users (id, tenant_id, email, display_name) VALUES (?, ?, ?, 'Wes Worker')")) {
                insert.setObject(1, worker);
                insert.setObject(2, tenant.tenantId());
                insert.setString(3, "wes-" + worker + "@limits.example");
                insert.executeUpdate();
            }
            try (PreparedStatement grant = c.prepareStatement(
                    "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = 'worker'")) {
                grant.setObject(1, tenant.tenantId());
                grant.setObject(2, worker);
                grant.executeUpdate();
            }
            c.commit();
        }
        String alias = "shopfloor_app_alias_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection su = db.superuser(); java.sql.Statement ddl = su.createStatement()) {
            ddl.execute("CREATE ROLE " + alias + " LOGIN PASSWORD '" + db.password() + "' IN ROLE " + MigratedDatabase.APP);
        }
        try (Connection c = java.sql.DriverManager.getConnection(db.url(), alias, db.password())) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), worker);
            assertRefused(c, "UPDATE shopfloor.orders SET notes = 'changed by a worker' WHERE id = '" + tenant.orderId() + "'");
            c.rollback();
        } finally {
            try (Connection su = db.superuser(); java.sql.Statement ddl = su.createStatement()) {
                ddl.execute("DROP ROLE " + alias);
            }
        }
    }

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.execute();
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }
}
