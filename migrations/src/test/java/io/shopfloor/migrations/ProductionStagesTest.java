package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Every organization starts with the workshop's production stages, new ones and upgraded ones alike. */
class ProductionStagesTest {

    private static final List<String> SEEDED = List.of("Intake", "Sanding", "Finishing", "Sub-Assembly", "Final Assembly",
            "Acoustic QC", "Shipping");

    @Test
    void aNewOrganizationGetsTheStagesInOrderWithTheWorkerRoleResponsible() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        UUID tenant = db.createTenant("stages-" + UUID.randomUUID().toString().substring(0, 8));
        try (Connection app = db.app()) {
            MigratedDatabase.beginAs(app, tenant, null);
            assertThat(stageNames(app)).containsExactlyElementsOf(SEEDED);
            assertThat(MigratedDatabase.count(app, """
                    SELECT count(*) FROM shopfloor.production_stage_roles sr JOIN shopfloor.roles r ON r.id = sr.role_id
                    WHERE r.name = 'worker'""")).isEqualTo(SEEDED.size());
            app.rollback();
        }
    }

    @Test
    void stageNamesAreUniquePerOrganizationWhateverTheCase() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        UUID tenant = db.createTenant("stages-" + UUID.randomUUID().toString().substring(0, 8));
        try (Connection app = db.app()) {
            MigratedDatabase.beginAs(app, tenant, null);
            assertThatThrownBy(() -> {
                try (PreparedStatement insert = app.prepareStatement(
                        "INSERT INTO shopfloor.production_stages (tenant_id, name, position) VALUES (?, 'sanding', 9)")) {
                    insert.setObject(1, tenant);
                    insert.executeUpdate();
                }
            }).hasMessageContaining("production_stages_tenant_name_key");
            app.rollback();
        }
    }

    @Test
    void organizationsThatExistedBeforeTheUpgradeGetTheStagesToo() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        String url = db.createEmptyDatabase("stages_" + UUID.randomUUID().toString().substring(0, 8));
        db.flyway(url).target("6").load().migrate();
        UUID tenant = UUID.randomUUID();
        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            try (PreparedStatement insert = app.prepareStatement("INSERT INTO shopfloor.tenants (id, name, slug) VALUES (?, 'Old', 'old-shop')")) {
                insert.setObject(1, tenant);
                insert.executeUpdate();
            }
            app.commit();
        }
        db.flyway(url).load().migrate();
        try (Connection app = DriverManager.getConnection(url, MigratedDatabase.APP, db.password())) {
            MigratedDatabase.beginAs(app, tenant, null);
            assertThat(stageNames(app)).containsExactlyElementsOf(SEEDED);
            assertThat(MigratedDatabase.count(app, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_type = 'production_stages'"))
                    .as("the upgrade's stages are in the organization's audit trail").isEqualTo(SEEDED.size());
            app.rollback();
        }
    }

    private static List<String> stageNames(Connection app) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = app.prepareStatement("SELECT name FROM shopfloor.production_stages ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
