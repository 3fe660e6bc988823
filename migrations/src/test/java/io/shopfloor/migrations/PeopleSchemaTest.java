package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People as the database keeps it (seed 000): a worker reads their own profile details and every
 * colleague's name, people:read reads all profiles, only people:write keeps profiles and skills,
 * and a skill counts for assignment only at qualified or expert and before its expiry. A profile's
 * custom field values are read as the profile is.
 */
class PeopleSchemaTest {

    private MigratedDatabase db;
    private TenantFixture shop;
    private UUID wes;
    private UUID mai;
    private UUID vic;

    @BeforeEach
    void workshop() throws SQLException {
        db = MigratedDatabase.get();
        shop = TenantFixture.create(db, "people-" + UUID.randomUUID().toString().substring(0, 8));
        wes = UUID.randomUUID();
        mai = UUID.randomUUID();
        vic = UUID.randomUUID();
        try (Connection c = as(shop.userId())) {
            user(c, wes, "Wes Worker", "worker");
            user(c, mai, "Mai Worker", "worker");
            user(c, vic, "Vic Viewer", "viewer");
            for (UUID worker : new UUID[] {wes, mai}) {
                run(c, "INSERT INTO shopfloor.worker_profiles (tenant_id, user_id, employee_number, phone) VALUES (?, ?, ?, '+84 90 000 0000')",
                        shop.tenantId(), worker, "E-" + worker.toString().substring(0, 6));
            }
            c.commit();
        }
    }

    @Test
    void aWorkerReadsTheirOwnProfileAndEveryColleaguesName() throws SQLException {
        try (Connection c = as(wes)) {
            assertThat(count(c, "SELECT count(*) FROM shopfloor.worker_profiles")).as("only their own profile").isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.worker_profiles WHERE user_id = ?", wes)).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.users WHERE display_name = 'Mai Worker'"))
                    .as("a colleague's name, for cards and menus").isEqualTo(1);
        }
        try (Connection c = as(vic)) {
            assertThat(count(c, "SELECT count(*) FROM shopfloor.worker_profiles")).as("people:read reads every profile").isEqualTo(3);
        }
    }

    @Test
    void aProfilesCustomFieldValuesAreReadAsTheProfileIs() throws SQLException {
        try (Connection c = as(shop.userId())) {
            run(c, "UPDATE shopfloor.worker_profiles SET custom_fields = '{\"shirt\": \"XL\"}' WHERE tenant_id = ?", shop.tenantId());
            c.commit();
        }
        String values = "SELECT count(*) FROM shopfloor.custom_field_values WHERE entity_type = 'worker_profiles' AND field_key = 'shirt'";
        try (Connection c = as(wes)) {
            assertThat(count(c, values)).as("only their own profile's").isEqualTo(1);
        }
        try (Connection c = as(vic)) {
            assertThat(count(c, values)).as("people:read reads every profile's, the fixture's too").isEqualTo(3);
        }
    }

    @Test
    void onlyPeopleWriteKeepsProfilesAndSkills() throws SQLException {
        UUID sanding;
        try (Connection c = as(shop.userId())) {
            sanding = uuid(c, "SELECT id FROM shopfloor.production_stages WHERE name = 'Sanding'");
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.worker_profiles SET department = 'Office' WHERE user_id = ?", wes))
                    .as("not even one's own").hasMessageContaining("people:write");
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.worker_skills (tenant_id, user_id, stage_id, level) VALUES (?, ?, ?, 'expert')",
                    shop.tenantId(), wes, sanding)).hasMessageContaining("people:write");
        }
        try (Connection c = as(shop.userId())) {
            run(c, "INSERT INTO shopfloor.worker_skills (tenant_id, user_id, stage_id, level, expires_on) VALUES (?, ?, ?, 'qualified', current_date + 30)",
                    shop.tenantId(), wes, sanding);
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.worker_skills (tenant_id, user_id, stage_id, level) VALUES (?, ?, ?, 'expert')",
                    shop.tenantId(), wes, sanding)).as("one skill per worker and stage").hasMessageContaining("duplicate key");
        }
    }

    @Test
    void aSkillCountsAtQualifiedOrExpertUntilItExpires() throws SQLException {
        try (Connection c = as(shop.userId())) {
            assertThat(text(c, "SELECT shopfloor.skill_valid('qualified', NULL, current_date)::text")).isEqualTo("true");
            assertThat(text(c, "SELECT shopfloor.skill_valid('expert', current_date + 1, current_date)::text")).isEqualTo("true");
            assertThat(text(c, "SELECT shopfloor.skill_valid('expert', current_date, current_date)::text")).as("expired on the day").isEqualTo("false");
            assertThat(text(c, "SELECT shopfloor.skill_valid('trainee', NULL, current_date)::text")).isEqualTo("false");
        }
    }

    @Test
    void builtInWorkersDoTheirOwnPeopleWorkAndReadNobodysProfile() throws SQLException {
        try (Connection c = as(shop.userId())) {
            assertThat(text(c, "SELECT string_agg(rp.permission, ',' ORDER BY rp.permission) FROM shopfloor.role_permissions rp"
                    + " JOIN shopfloor.roles r ON r.tenant_id = rp.tenant_id AND r.id = rp.role_id WHERE r.name = 'worker' AND rp.permission LIKE 'people:%'"))
                    .isEqualTo("people:work");
        }
    }

    private void user(Connection c, UUID id, String name, String role) throws SQLException {
        run(c, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, ?, 'x')",
                id, shop.tenantId(), id + "@people.example", name);
        run(c, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = ?",
                shop.tenantId(), id, role);
    }

    private Connection as(UUID user) throws SQLException {
        Connection c = db.app();
        MigratedDatabase.beginAs(c, shop.tenantId(), user);
        return c;
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        return MigratedDatabase.count(c, sql, params);
    }

    private static UUID uuid(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
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
