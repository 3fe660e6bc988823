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

/**
 * Failed sign-ins and permission denials reach the audit log through the two narrow functions,
 * for one tenant each, and the application role still writes no audit row by itself.
 */
class SecurityEventsTest {

    private static MigratedDatabase db;
    private static TenantFixture acme;
    private static String acmeSlug;
    private static TenantFixture globex;

    @BeforeAll
    static void tenants() throws SQLException {
        db = MigratedDatabase.get();
        acmeSlug = "events-a-" + UUID.randomUUID().toString().substring(0, 8);
        acme = TenantFixture.create(db, acmeSlug);
        globex = TenantFixture.create(db, "events-b-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aDenialIsRecordedForTheTenantAndUserOfTheTransactionOnly() throws SQLException {
        String method = "Orders.m" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            call(c, "SELECT shopfloor.record_permission_denial(?, ?, ?)", "orders:write", method, "203.0.113.9");
            c.commit();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), null);
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT tenant_id, user_id, entity_type, entity_id, detail ->> 'permission', detail ->> 'remote_address'
                    FROM shopfloor.audit_log WHERE action = 'permission_denied' AND detail ->> 'method' = ?""")) {
                query.setString(1, method);
                try (ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getObject(1)).isEqualTo(acme.tenantId());
                    assertThat(rows.getObject(2)).isEqualTo(acme.userId());
                    assertThat(rows.getString(3)).isEqualTo("security");
                    assertThat(rows.getString(4)).isEqualTo(acme.userId().toString());
                    assertThat(rows.getString(5)).isEqualTo("orders:write");
                    assertThat(rows.getString(6)).isEqualTo("203.0.113.9");
                    assertThat(rows.next()).isFalse();
                }
            }
            c.rollback();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, globex.tenantId(), null);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE detail ->> 'method' = ?", method)).isZero();
            c.rollback();
        }
        assertThat(everywhere("detail ->> 'method' = ?", method)).as("one row in the whole log").isEqualTo(1);
    }

    @Test
    void aDenialWithoutATenantOrForAForeignUserRecordsNothing() throws SQLException {
        String method = "Orders.n" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = db.app()) {
            call(c, "SELECT shopfloor.record_permission_denial(?, ?, NULL)", "orders:write", method);
            MigratedDatabase.beginAs(c, acme.tenantId(), globex.userId());
            call(c, "SELECT shopfloor.record_permission_denial(?, ?, NULL)", "orders:write", method);
            c.commit();
        }
        assertThat(everywhere("detail ->> 'method' = ?", method)).isZero();
    }

    @Test
    void aDenialRefusesMalformedInputAndWritesNothing() throws SQLException {
        for (String[] input : new String[][] {{"orders:write'; --", "Orders.create"}, {"orders:write", "not a method"}, {null, "Orders.create"}}) {
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
                assertThatThrownBy(() -> call(c, "SELECT shopfloor.record_permission_denial(?, ?, NULL)", input[0], input[1]))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
                c.rollback();
            }
        }
    }

    @Test
    void aFailedSignInIsRecordedForTheNamedOrganizationWithTheReason() throws SQLException {
        String known = "ada@" + acmeSlug + ".example";
        String unknown = "nobody-" + UUID.randomUUID() + "@" + acmeSlug + ".example";
        // Only the owner's functions call it (record_sign_in_outcome, once per window): see SignInThrottleTest.
        try (Connection c = db.owner()) {
            call(c, "SELECT shopfloor.record_sign_in_failure(?, ?, ?)", " " + acmeSlug.toUpperCase() + " ", known.toUpperCase(), "198.51.100.7");
            call(c, "SELECT shopfloor.record_sign_in_failure(?, ?, ?)", acmeSlug, unknown, "not an address");
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), null);
            assertThat(MigratedDatabase.count(c, """
                    SELECT count(*) FROM shopfloor.audit_log
                    WHERE action = 'sign_in_failed' AND user_id = ? AND entity_id = ? AND detail ->> 'reason' = 'wrong_password'
                      AND detail ->> 'email' = ? AND detail ->> 'remote_address' = '198.51.100.7'""",
                    acme.userId(), acme.userId().toString(), known.toUpperCase())).isPositive();
            assertThat(MigratedDatabase.count(c, """
                    SELECT count(*) FROM shopfloor.audit_log
                    WHERE action = 'sign_in_failed' AND user_id IS NULL AND detail ->> 'reason' = 'unknown_user'
                      AND detail ->> 'email' = ? AND detail -> 'remote_address' IS NULL""", unknown)).isEqualTo(1);
            c.rollback();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, globex.tenantId(), null);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE detail ->> 'email' = ?", unknown))
                    .as("organization B never sees A's failed sign-ins").isZero();
            c.rollback();
        }
        assertThat(everywhere("detail ->> 'email' = ?", unknown)).isEqualTo(1);
    }

    @Test
    void aFailedSignInOfAnInactiveUserSaysSo() throws SQLException {
        TenantFixture tenant = TenantFixture.create(db, "events-c-" + UUID.randomUUID().toString().substring(0, 8));
        String slug;
        String email;
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            call(c, "UPDATE shopfloor.users SET status = 'inactive' WHERE id = ?", tenant.userId());
            try (PreparedStatement query = c.prepareStatement("SELECT slug, (SELECT email FROM shopfloor.users WHERE id = ?) FROM shopfloor.tenants");
                 ResultSet rows = bound(query, tenant.userId()).executeQuery()) {
                rows.next();
                slug = rows.getString(1);
                email = rows.getString(2);
            }
            c.commit();
        }
        try (Connection c = db.owner()) {
            call(c, "SELECT shopfloor.record_sign_in_failure(?, ?, NULL)", slug, email);
        }
        assertThat(everywhere("tenant_id = ? AND action = 'sign_in_failed' AND user_id = ? AND detail ->> 'reason' = 'inactive_user'",
                tenant.tenantId(), tenant.userId())).isEqualTo(1);
    }

    @Test
    void anUnknownOrganizationRecordsNothingAndAnswersLikeAKnownOne() throws SQLException {
        String email = "probe-" + UUID.randomUUID() + "@example.com";
        java.util.List<String> answers = new java.util.ArrayList<>();
        try (Connection c = db.owner(); PreparedStatement call = c.prepareStatement("SELECT shopfloor.record_sign_in_failure(?, ?, NULL)")) {
            for (String organization : new String[] {"no-such-org-" + UUID.randomUUID().toString().substring(0, 8), acmeSlug}) {
                call.setString(1, organization);
                call.setString(2, email);
                try (ResultSet rows = call.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    answers.add(rows.getString(1));
                    assertThat(rows.next()).isFalse();
                }
            }
        }
        assertThat(answers.get(0)).as("the same (empty) answer for an unknown and a known organization").isEqualTo(answers.get(1)).isEmpty();
        assertThat(everywhere("detail ->> 'email' = ?", email)).as("only the known organization's row").isEqualTo(1);
        assertThat(everywhere("detail ->> 'email' = ? AND tenant_id = ?", email, acme.tenantId())).isEqualTo(1);
    }

    @Test
    void recordingAFailedSignInLeavesTheTransactionsTenantAsItWas() throws SQLException {
        try (Connection c = db.owner()) {
            MigratedDatabase.beginAs(c, globex.tenantId(), globex.userId());
            call(c, "SELECT shopfloor.record_sign_in_failure(?, ?, NULL)", acmeSlug, "someone@example.com");
            assertThat(MigratedDatabase.count(c, "SELECT count(*) WHERE shopfloor.current_tenant_id() = ?", globex.tenantId())).isEqualTo(1);
            c.rollback();
            MigratedDatabase.beginAs(c, null, null);
            call(c, "SELECT shopfloor.record_sign_in_failure(?, ?, NULL)", acmeSlug, "someone@example.com");
            assertThat(MigratedDatabase.count(c, "SELECT count(*) WHERE shopfloor.current_tenant_id() IS NULL")).isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleStillCannotWriteSecurityEventsOrChangeThem() throws SQLException {
        for (String sql : new String[] {
                "INSERT INTO shopfloor.audit_log (tenant_id, entity_type, entity_id, action, detail) VALUES ('"
                        + acme.tenantId() + "', 'security', '', 'sign_in_failed', '{}')",
                "INSERT INTO shopfloor.audit_log (tenant_id, entity_type, entity_id, action) VALUES ('"
                        + globex.tenantId() + "', 'security', '', 'permission_denied')",
                "UPDATE shopfloor.audit_log SET detail = '{}' WHERE action = 'sign_in_failed'",
                "DELETE FROM shopfloor.audit_log WHERE action = 'permission_denied'"}) {
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
                assertThatThrownBy(() -> call(c, sql)).as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                c.rollback();
            }
        }
    }

    private static void call(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    private static PreparedStatement bound(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    /** Rows of the whole audit log, every tenant's, matching a condition: read past RLS. */
    private static long everywhere(String condition, Object... params) throws SQLException {
        try (Connection c = db.superuser()) {
            return MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE " + condition, params);
        }
    }
}
