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

/** Sign-in throttling in the database: back-off per account and address, never a lock, one audit row per window. */
class SignInThrottleTest {

    private static MigratedDatabase db;
    private static TenantFixture tenant;
    private static String slug;
    private static String email;

    @BeforeAll
    static void tenant() throws SQLException {
        db = MigratedDatabase.get();
        slug = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        tenant = TenantFixture.create(db, slug);
        email = "ada@" + slug + ".example";
    }

    @Test
    void fiveFailuresFromOneAddressBackOffThatAddressOnlyAndTheAuditTrailGetsTwoRows() throws SQLException {
        String attacker = "203.0.113.9";
        for (int i = 1; i <= 4; i++) {
            fail(slug, email, attacker);
            assertThat(wait(slug, email, attacker)).as("after %d failures", i).isZero();
        }
        fail(slug, email, attacker);
        assertThat(wait(slug, email, attacker)).as("the fifth failure starts a back-off").isBetween(25, 30);
        assertThat(wait(slug, email, "198.51.100.20")).as("the owner of the account, elsewhere, is not locked out").isZero();
        assertThat(wait(" " + slug.toUpperCase(), email.toUpperCase(), attacker)).as("the same account however typed").isPositive();

        fail(slug, email, attacker);
        assertThat(wait(slug, email, attacker)).as("each further failure doubles it").isBetween(55, 60);

        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE action = 'sign_in_failed' AND detail ->> 'email' = ?", email))
                    .as("one row for the window's first failure, not one per guess").isEqualTo(1);
            assertThat(MigratedDatabase.count(c, """
                    SELECT count(*) FROM shopfloor.audit_log WHERE action = 'sign_in_throttled' AND user_id = ?
                      AND detail ->> 'remote_address' = ? AND (detail ->> 'failures')::int >= 5""", tenant.userId(), attacker))
                    .as("one row as the back-off starts and one as it grows").isEqualTo(2);
            c.rollback();
        }
    }

    @Test
    void anUnknownAccountIsThrottledExactlyLikeAKnownOne() throws SQLException {
        String address = "203.0.113.44";
        String nobody = "nobody-" + UUID.randomUUID() + "@" + slug + ".example";
        for (int i = 0; i < 5; i++) {
            fail(slug, nobody, address);
            fail("no-such-org-" + slug, "x@example.com", "203.0.113.45");
        }
        assertThat(wait(slug, nobody, address)).isBetween(25, 30);
        assertThat(wait("no-such-org-" + slug, "x@example.com", "203.0.113.45")).isBetween(25, 30);
    }

    @Test
    void aSuccessClearsTheAccountsFailures() throws SQLException {
        String address = "203.0.113.60";
        String account = "pat-" + UUID.randomUUID() + "@" + slug + ".example";
        for (int i = 0; i < 4; i++) {
            fail(slug, account, address);
        }
        outcome(slug, account, address, true);
        fail(slug, account, address);
        assertThat(wait(slug, account, address)).as("counting starts again").isZero();
    }

    @Test
    void manyAccountsFromOneAddressBackOffThatAddress() throws SQLException {
        String address = "203.0.113.77";
        for (int i = 0; i < 20; i++) {
            fail(slug, "guess-" + i + "-" + UUID.randomUUID() + "@example.com", address);
        }
        assertThat(wait(slug, "anyone-" + UUID.randomUUID() + "@example.com", address)).as("the address itself").isPositive();
        assertThat(wait(slug, "anyone@example.com", "203.0.113.78")).isZero();
    }

    @Test
    void theApplicationRoleCannotReadOrResetTheThrottle() throws SQLException {
        try (Connection c = db.app()) {
            for (String sql : new String[] {"SELECT count(*) FROM shopfloor.sign_in_throttle", "DELETE FROM shopfloor.sign_in_throttle",
                    "SELECT shopfloor.record_sign_in_failure('x', 'y', NULL)"}) {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    assertThatThrownBy(statement::execute).as(sql)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            }
        }
    }

    private static void fail(String organization, String account, String address) throws SQLException {
        outcome(organization, account, address, false);
    }

    private static void outcome(String organization, String account, String address, boolean succeeded) throws SQLException {
        try (Connection c = db.app(); PreparedStatement call = c.prepareStatement("SELECT shopfloor.record_sign_in_outcome(?, ?, ?, ?)")) {
            call.setString(1, organization);
            call.setString(2, account);
            call.setString(3, address);
            call.setBoolean(4, succeeded);
            call.execute();
        }
    }

    private static int wait(String organization, String account, String address) throws SQLException {
        try (Connection c = db.app(); PreparedStatement call = c.prepareStatement("SELECT shopfloor.sign_in_wait(?, ?, ?)")) {
            call.setString(1, organization);
            call.setString(2, account);
            call.setString(3, address);
            try (ResultSet row = call.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
