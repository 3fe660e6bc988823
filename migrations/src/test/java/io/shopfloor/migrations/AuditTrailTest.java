package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trigger records who changed what; the application role can never rewrite history. */
class AuditTrailTest {

    private static MigratedDatabase db;
    private static TenantFixture tenant;

    @BeforeAll
    static void tenant() throws SQLException {
        db = MigratedDatabase.get();
        tenant = TenantFixture.create(db, "audit-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aChangeCarriesItsRequestAndAMalformedContextIsDroppedNotFatal() throws SQLException {
        UUID customer = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            execute(c, "SELECT set_config('app.request_id', 'req-4711-abc', true), set_config('app.client_address', '2001:db8::7', true),"
                    + " set_config('app.user_agent', 'curl/8.5', true)");
            execute(c, "INSERT INTO shopfloor.customers (id, tenant_id, name) VALUES (?, ?, 'Traced buyer')", customer, tenant.tenantId());
            execute(c, "SELECT set_config('app.request_id', 'bad id; drop', true), set_config('app.client_address', '999.1.1.1', true)");
            execute(c, "INSERT INTO shopfloor.customers (id, tenant_id, name) VALUES (?, ?, 'Odd context buyer')", other, tenant.tenantId());
            c.commit();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, """
                    SELECT count(*) FROM shopfloor.audit_log WHERE entity_id = ? AND request_id = 'req-4711-abc'
                      AND client_address = '2001:db8::7'::inet AND user_agent = 'curl/8.5'""", customer.toString())).isEqualTo(1);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_id = ? AND request_id IS NULL AND client_address IS NULL",
                    other.toString())).as("recorded, without what it could not trust").isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void insertUpdateAndDeleteAreRecordedWithUserAndValues() throws SQLException {
        UUID fieldId = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            execute(c, "INSERT INTO shopfloor.custom_field_definitions (id, tenant_id, entity_type, field_key, label, field_type) "
                    + "VALUES (?, ?, 'customers', 'segment', 'Segment', 'text')", fieldId, tenant.tenantId());
            execute(c, "UPDATE shopfloor.custom_field_definitions SET label = 'Market segment', help_text = 'Retail or pro' WHERE id = ?", fieldId);
            execute(c, "DELETE FROM shopfloor.custom_field_definitions WHERE id = ?", fieldId);
            c.commit();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT action, user_id, tenant_id, old_values ->> 'label' AS old_label, new_values ->> 'label' AS new_label,
                           array_to_string(changed_fields, ',') AS changed
                    FROM shopfloor.audit_log WHERE entity_type = 'custom_field_definitions' AND entity_id = ? ORDER BY id""")) {
                query.setString(1, fieldId.toString());
                try (ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString("action")).isEqualTo("insert");
                    assertThat(rows.getObject("user_id")).isEqualTo(tenant.userId());
                    assertThat(rows.getObject("tenant_id")).isEqualTo(tenant.tenantId());
                    assertThat(rows.getString("new_label")).isEqualTo("Segment");

                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString("action")).isEqualTo("update");
                    assertThat(rows.getString("old_label")).isEqualTo("Segment");
                    assertThat(rows.getString("new_label")).isEqualTo("Market segment");
                    assertThat(rows.getString("changed")).isEqualTo("help_text,label");

                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString("action")).isEqualTo("delete");
                    assertThat(rows.getString("old_label")).isEqualTo("Market segment");
                    assertThat(rows.getString("new_label")).isNull();
                    assertThat(rows.next()).isFalse();
                }
            }
            c.rollback();
        }
    }

    @Test
    void updatesOfAnOrderAreRecordedWithTheChangedFields() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            execute(c, "UPDATE shopfloor.orders SET status = 'on_hold', notes = 'waiting for walnut' WHERE id = ?", tenant.orderId());
            c.commit();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, """
                    SELECT count(*) FROM shopfloor.audit_log
                    WHERE entity_type = 'orders' AND entity_id = ? AND action = 'update' AND user_id = ?
                      AND changed_fields = ARRAY['notes', 'status'] AND old_values ->> 'status' = 'pending'
                      AND new_values ->> 'status' = 'on_hold'""", tenant.orderId().toString(), tenant.userId())).isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void passwordHashesNeverReachTheAuditLog() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            execute(c, "UPDATE shopfloor.users SET password_hash = 'new-secret-hash' WHERE id = ?", tenant.userId());
            c.commit();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, """
                    SELECT count(*) FROM shopfloor.audit_log
                    WHERE entity_type = 'users' AND entity_id = ? AND action = 'update' AND 'password_hash' = ANY (changed_fields)""",
                    tenant.userId().toString())).isEqualTo(1);
            assertThat(MigratedDatabase.count(c, """
                    SELECT count(*) FROM shopfloor.audit_log
                    WHERE entity_type = 'users' AND (old_values::text LIKE '%secret%' OR new_values::text LIKE '%secret%')""")).isZero();
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotWriteUpdateOrDeleteAuditRows() throws SQLException {
        for (String sql : new String[] {
                "UPDATE shopfloor.audit_log SET action = 'delete'",
                "DELETE FROM shopfloor.audit_log",
                "INSERT INTO shopfloor.audit_log (tenant_id, entity_type, entity_id, action) VALUES ('" + tenant.tenantId() + "', 'orders', 'forged', 'insert')",
                "TRUNCATE shopfloor.audit_log",
                "UPDATE shopfloor.audit_log_default SET action = 'delete'"}) {
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
                assertThatThrownBy(() -> execute(c, sql))
                        .as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                c.rollback();
            }
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE action = 'insert'")).isPositive();
            c.rollback();
        }
    }

    @Test
    void auditRowsLandInTheCurrentMonthsPartition() throws SQLException {
        String partition = "shopfloor.audit_log_y" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().substring(0, 7).replace("-", "m");
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE tableoid = ?::regclass", partition)).isPositive();
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE tableoid = 'shopfloor.audit_log_default'::regclass")).isZero();
            c.rollback();
        }
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }
}
