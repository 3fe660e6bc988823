package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import io.shopfloor.platform.security.control.PasswordHashing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real, migrated PostgreSQL, connected as the application role as the server is. */
class TenantProvisioningTest {

    @TempDir
    static Path temp;

    private static MigratedThrowawayDatabase postgres;
    private static DatabaseAccess database;

    @BeforeAll
    static void startDatabase() {
        postgres = MigratedThrowawayDatabase.start(temp);
        database = postgres.access();
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @Test
    void createsTheTenantWithItsUsersAndTheirBuiltInRoles() throws SQLException {
        TenantProvisioning.ProvisionedTenant tenant;
        try (Connection owner = database.connectAsOwner()) {
            tenant = TenantProvisioning.createTenant(owner, "acme", "Acme Audio", "Europe/Vienna", "EUR", List.of(
                    new TenantProvisioning.NewUser("boss@acme.example", "Bo Boss", "correct horse", "admin"),
                    new TenantProvisioning.NewUser("pat@acme.example", "Pat Worker", "battery staple", "worker")));
            assertThat(owner.getAutoCommit()).isTrue();
        }

        try (Connection app = database.connectAsApp()) {
            assertThat(count(app, "SELECT count(*) FROM shopfloor.users")).as("no tenant context, no rows").isZero();
            inTenant(app, tenant.tenantId());
            assertThat(count(app, "SELECT count(*) FROM shopfloor.roles")).isEqualTo(4);
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.user_roles ur
                    JOIN shopfloor.users u ON u.id = ur.user_id JOIN shopfloor.roles r ON r.id = ur.role_id
                    WHERE (u.email, r.name) IN (('boss@acme.example', 'admin'), ('pat@acme.example', 'worker'))""")).isEqualTo(2);
            app.rollback();
        }
        try (Connection app = database.connectAsApp();
             PreparedStatement signIn = app.prepareStatement("SELECT user_id, password_hash FROM shopfloor.find_sign_in(?, ?)")) {
            signIn.setString(1, "acme");
            signIn.setString(2, "Boss@Acme.example");
            try (ResultSet rows = signIn.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject(1, UUID.class)).isEqualTo(tenant.userIdsByEmail().get("boss@acme.example"));
                assertThat(PasswordHashing.verify("correct horse".toCharArray(), rows.getString(2))).isTrue();
            }
        }
        try (Connection owner = database.connectAsOwner()) {
            assertThat(TenantProvisioning.findTenantId(owner, "acme")).contains(tenant.tenantId());
            assertThat(TenantProvisioning.findTenantId(owner, "nobody")).isEmpty();
        }
    }

    @Test
    void anUnknownRoleLeavesNoTraceOfTheTenant() throws SQLException {
        try (Connection owner = database.connectAsOwner()) {
            assertThatThrownBy(() -> TenantProvisioning.createTenant(owner, "broken", "Broken", "UTC", "EUR",
                    List.of(new TenantProvisioning.NewUser("x@broken.example", "X", "pw", "superhero"))))
                    .hasMessageContaining("superhero");
        }
        try (Connection owner = database.connectAsOwner()) {
            assertThat(TenantProvisioning.findTenantId(owner, "broken")).isEmpty();
        }
    }

    @Test
    void theEmbeddedDatabaseDemandsPasswords() {
        DatabaseAccess wrongPassword = new DatabaseAccess(database.host(), database.port(), database.database(),
                database.owner(), new Credentials(database.app().role(), "guessed"));

        assertThatThrownBy(wrongPassword::connectAsApp).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static void inTenant(Connection app, UUID tenantId) throws SQLException {
        app.setAutoCommit(false);
        try (PreparedStatement context = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            context.setString(1, tenantId.toString());
            context.execute();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
