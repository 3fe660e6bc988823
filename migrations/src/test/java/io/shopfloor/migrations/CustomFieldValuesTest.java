package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lookup table that makes custom field filters use an index: the trigger keeps it in step
 * with each record's values, per tenant, and the application role can only read it.
 */
class CustomFieldValuesTest {

    private static MigratedDatabase db;
    private static TenantFixture acme;
    private static TenantFixture globex;

    @BeforeAll
    static void tenants() throws SQLException {
        db = MigratedDatabase.get();
        acme = TenantFixture.create(db, "cfv-acme-" + UUID.randomUUID().toString().substring(0, 8));
        globex = TenantFixture.create(db, "cfv-globex-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void everyScalarAndEveryChoiceGetsARowInCanonicalForm() throws SQLException {
        UUID order = insertOrder(acme, """
                {"finish": "gloss", "qty": 12.50, "rush": true, "tags": ["red", "blue", "red"], "empty": null}""");
        assertThat(values(acme, order)).containsExactlyInAnyOrder(
                "finish=gloss", "qty=12.5", "rush=true", "tags=blue", "tags=red");
    }

    @Test
    void changingTheValuesReplacesTheRowsAndOtherUpdatesLeaveThemAlone() throws SQLException {
        UUID order = insertOrder(acme, "{\"finish\": \"gloss\"}");
        update(acme, "UPDATE shopfloor.orders SET custom_fields = '{\"finish\": \"matte\"}' WHERE id = ?", order);
        assertThat(values(acme, order)).containsExactly("finish=matte");
        update(acme, "UPDATE shopfloor.orders SET notes = 'no change to fields' WHERE id = ?", order);
        assertThat(values(acme, order)).containsExactly("finish=matte");
        update(acme, "UPDATE shopfloor.orders SET custom_fields = '{}' WHERE id = ?", order);
        assertThat(values(acme, order)).isEmpty();
    }

    @Test
    void anotherTenantSeesNoneOfTheRows() throws SQLException {
        UUID order = insertOrder(acme, "{\"finish\": \"satin\"}");
        assertThat(values(globex, order)).isEmpty();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, globex.tenantId(), globex.userId());
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.custom_field_values WHERE value = 'satin'")).isZero();
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotWriteRowsItself() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertThatThrownBy(() -> update(c, "INSERT INTO shopfloor.custom_field_values (tenant_id, entity_type, field_key, value, entity_id) "
                    + "VALUES (?, 'orders', 'finish', 'forged', gen_random_uuid())", acme.tenantId()))
                    .hasMessageContaining("permission denied");
            c.rollback();
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertThatThrownBy(() -> update(c, "DELETE FROM shopfloor.custom_field_values WHERE tenant_id = ?", acme.tenantId()))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    void aFilterAsTheApplicationRoleUsesTheIndex() throws SQLException {
        TenantFixture busy = TenantFixture.create(db, "cfv-busy-" + UUID.randomUUID().toString().substring(0, 8));
        update(busy, """
                INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, custom_fields)
                SELECT ?, 'SO-' || i, ?, jsonb_build_object('finish', 'finish-' || (i % 200), 'qty', i)
                FROM generate_series(1, 4000) AS i""", busy.tenantId(), busy.customerId());
        try (Connection owner = db.owner(); PreparedStatement analyze = owner.prepareStatement(
                "ANALYZE shopfloor.custom_field_values, shopfloor.orders")) {
            analyze.execute();
        }
        List<String> plan = new ArrayList<>();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, busy.tenantId(), busy.userId());
            try (PreparedStatement explain = c.prepareStatement("""
                    EXPLAIN SELECT o.id FROM shopfloor.orders o
                    WHERE o.id IN (SELECT v.entity_id FROM shopfloor.custom_field_values v
                                   WHERE v.entity_type = 'orders' AND v.field_key = ? AND v.value = ?)""")) {
                explain.setString(1, "finish");
                explain.setString(2, "finish-7");
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
            }
            c.rollback();
        }
        assertThat(String.join("\n", plan)).as(String.join("\n", plan))
                .contains("custom_field_values_pkey")
                .containsPattern("Index Cond: .*field_key = 'finish'.*value = 'finish-7'");
    }

    private static UUID insertOrder(TenantFixture tenant, String customFields) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            update(c, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id, custom_fields) VALUES (?, ?, ?, ?, ?::jsonb)",
                    id, tenant.tenantId(), "SO-" + id.toString().substring(0, 8), tenant.customerId(), customFields);
            c.commit();
        }
        return id;
    }

    private static void update(TenantFixture tenant, String sql, Object... params) throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            update(c, sql, params);
            c.commit();
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    private static List<String> values(TenantFixture tenant, UUID entityId) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT field_key || '=' || value FROM shopfloor.custom_field_values WHERE entity_type = 'orders' AND entity_id = ?")) {
                query.setObject(1, entityId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
            c.rollback();
        }
        return values;
    }
}
