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

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.execute();
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }
}
