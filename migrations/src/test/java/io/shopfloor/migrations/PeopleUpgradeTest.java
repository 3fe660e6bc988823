package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** V22: an organization's built-in workers trade people:read for people:work; a role of its own keeps what it was given. */
class PeopleUpgradeTest {

    @Test
    void builtInWorkersOfAnExistingOrganizationDoTheirOwnPeopleWork() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        String url = db.createEmptyDatabase("upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        db.flyway(url).target("21").load().migrate();

        UUID tenant = UUID.randomUUID();
        try (Connection owner = DriverManager.getConnection(url, MigratedDatabase.OWNER, db.password())) {
            owner.setAutoCommit(false);
            run(owner, "SELECT shopfloor.provision_organization(?, 'old-people', 'Old people', 'UTC', 'EUR')", tenant);
            run(owner, "SELECT set_config('app.tenant_id', ?, true)", tenant.toString());
            UUID lead = UUID.randomUUID();
            run(owner, "INSERT INTO shopfloor.roles (tenant_id, id, name, description) VALUES (?, ?, 'Team lead', 'Reads the team')", tenant, lead);
            run(owner, "INSERT INTO shopfloor.role_permissions (tenant_id, role_id, permission) VALUES (?, ?, 'people:read')", tenant, lead);
            owner.commit();
        }

        db.flyway(url).load().migrate();

        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            assertThat(people(app, "worker")).isEqualTo("people:work");
            assertThat(people(app, "Team lead")).as("an organization's own role is left as it was").isEqualTo("people:read");
            assertThat(people(app, "viewer")).isEqualTo("people:read");
            app.rollback();
        }
    }

    private static String people(Connection c, String role) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT string_agg(rp.permission, ',' ORDER BY rp.permission) FROM shopfloor.role_permissions rp"
                + " JOIN shopfloor.roles r ON r.tenant_id = rp.tenant_id AND r.id = rp.role_id WHERE r.name = ? AND rp.permission LIKE 'people:%'")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
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
