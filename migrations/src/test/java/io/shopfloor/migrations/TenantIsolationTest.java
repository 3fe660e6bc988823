package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every tenant table found in the catalog: tenant A sees its own rows; tenant B and a
 * transaction with no tenant can neither see, insert, update nor delete A's rows, nor move their
 * own rows into A. All as the application role.
 */
class TenantIsolationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static MigratedDatabase db;
    private static TenantFixture a;
    private static TenantFixture b;

    @BeforeAll
    static void twoTenants() throws SQLException {
        db = MigratedDatabase.get();
        a = TenantFixture.create(db, "iso-a-" + suffix());
        b = TenantFixture.create(db, "iso-b-" + suffix());
    }

    @TestFactory
    Stream<DynamicTest> everyTenantTable() throws SQLException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : tenantTables()) {
            String tenantColumn = table.equals("tenants") ? "id" : "tenant_id";
            tests.add(dynamicTest(table + ": the owning tenant sees its rows", () ->
                    assertThat(countAs(a.tenantId(), table, tenantColumn)).isPositive()));
            for (UUID attacker : new UUID[] {b.tenantId(), null}) {
                String who = attacker == null ? "no tenant" : "another tenant";
                tests.add(dynamicTest(table + ": " + who + " sees nothing of A", () ->
                        assertThat(countAs(attacker, table, tenantColumn)).isZero()));
                tests.add(dynamicTest(table + ": " + who + " updates nothing of A", () ->
                        assertChangesNothing(attacker, "UPDATE shopfloor." + table + " SET " + tenantColumn + " = " + tenantColumn
                                + " WHERE " + tenantColumn + " = ?", table, tenantColumn)));
                tests.add(dynamicTest(table + ": " + who + " deletes nothing of A", () ->
                        assertChangesNothing(attacker, "DELETE FROM shopfloor." + table + " WHERE " + tenantColumn + " = ?", table, tenantColumn)));
                tests.add(dynamicTest(table + ": " + who + " cannot insert a row for A", () ->
                        assertInsertForADenied(attacker, table)));
            }
            if (!table.equals("tenants")) {
                tests.add(dynamicTest(table + ": another tenant cannot move its own rows into A", () ->
                        assertMoveIntoADenied(table)));
            }
        }
        return tests.stream();
    }

    private static List<String> tenantTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.app(); PreparedStatement query = c.prepareStatement("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND c.relname <> 'flyway_schema_history' ORDER BY 1""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("tenants", "users", "orders", "audit_log");
        return tables;
    }

    private static long countAs(UUID tenant, String table, String tenantColumn) throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant, null);
            long n = MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor." + table + " WHERE " + tenantColumn + " = ?", a.tenantId());
            c.rollback();
            return n;
        }
    }

    /** The statement must either be refused or touch no row, and A's rows must all remain. */
    private static void assertChangesNothing(UUID attacker, String sql, String table, String tenantColumn) throws SQLException {
        long before = countAs(a.tenantId(), table, tenantColumn);
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, attacker, null);
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setObject(1, a.tenantId());
                assertThat(statement.executeUpdate()).isZero();
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
            }
            c.commit();
        }
        assertThat(countAs(a.tenantId(), table, tenantColumn)).isEqualTo(before);
    }

    /** Copies one of A's rows (read as A), gives it a new id, and tries to insert it as the attacker. */
    private static void assertInsertForADenied(UUID attacker, String table) throws SQLException {
        String row;
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, a.tenantId(), null);
            String tenantColumn = table.equals("tenants") ? "id" : "tenant_id";
            try (PreparedStatement query = c.prepareStatement("SELECT to_jsonb(t) FROM shopfloor." + table + " t WHERE " + tenantColumn + " = ? LIMIT 1")) {
                query.setObject(1, a.tenantId());
                try (ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    row = rows.getString(1);
                }
            }
            c.rollback();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, attacker, null);
            // A fresh id (where the key is a uuid) and slug, so only the tenant wall can refuse it.
            String sql = "INSERT INTO shopfloor." + table + " SELECT * FROM jsonb_populate_record(NULL::shopfloor." + table + ","
                    + " CASE WHEN jsonb_typeof(?::jsonb -> 'id') = 'string'"
                    + "      THEN jsonb_set(?::jsonb, '{id}', to_jsonb(gen_random_uuid()::text)) ELSE ?::jsonb END"
                    + (table.equals("tenants") ? " || jsonb_build_object('slug', 'x' || substr(md5(random()::text), 1, 10))" : "") + ")";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 1; i <= 3; i++) {
                    insert.setString(i, row);
                }
                assertThatThrownBy(insert::executeUpdate)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
            c.rollback();
        }
    }

    private static void assertMoveIntoADenied(String table) throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, b.tenantId(), null);
            try (PreparedStatement update = c.prepareStatement("UPDATE shopfloor." + table + " SET tenant_id = ? WHERE tenant_id = ?")) {
                update.setObject(1, a.tenantId());
                update.setObject(2, b.tenantId());
                assertThatThrownBy(update::executeUpdate)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
            c.rollback();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
