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
 * One-time set-password links: the look-up before a tenant is known finds only an unused,
 * unexpired link of an active user; the secret's hash never reaches the audit trail; the
 * application role can mark a link used and nothing else.
 */
class PasswordLinksTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static MigratedDatabase db;
    private static TenantFixture tenant;

    @BeforeAll
    static void tenant() throws SQLException {
        db = MigratedDatabase.get();
        tenant = TenantFixture.create(db, "links-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void anUnusedLinkIsFoundOnceAndNotAfterItWasUsed() throws SQLException {
        byte[] hash = newLink("now() - interval '1 minute'", "now() + interval '72 hours'");
        try (Connection c = db.app()) {
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.password_links")).as("the table itself stays walled").isZero();
            UUID linkId;
            try (PreparedStatement find = c.prepareStatement("SELECT link_id, user_id, tenant_id FROM shopfloor.find_password_link(?)")) {
                find.setBytes(1, hash);
                try (ResultSet rows = find.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    linkId = rows.getObject("link_id", UUID.class);
                    assertThat(rows.getObject("user_id")).isEqualTo(tenant.userId());
                    assertThat(rows.getObject("tenant_id")).isEqualTo(tenant.tenantId());
                    assertThat(rows.next()).as("exactly one row").isFalse();
                }
            }
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            try (PreparedStatement use = c.prepareStatement("UPDATE shopfloor.password_links SET used_at = now() WHERE id = ? AND used_at IS NULL")) {
                use.setObject(1, linkId);
                assertThat(use.executeUpdate()).isEqualTo(1);
                assertThat(use.executeUpdate()).as("a second use finds nothing to claim").isZero();
            }
            c.commit();
            c.setAutoCommit(true);
            assertThat(found(c, hash)).as("a used link finds nothing").isZero();
        }
    }

    @Test
    void anExpiredLinkFindsNothing() throws SQLException {
        byte[] hash = newLink("now() - interval '4 days'", "now() - interval '1 day'");
        try (Connection c = db.app()) {
            assertThat(found(c, hash)).isZero();
        }
    }

    @Test
    void aDeactivatedUsersLinkFindsNothing() throws SQLException {
        byte[] hash = newLink("now()", "now() + interval '1 hour'");
        try (Connection c = db.app()) {
            assertThat(found(c, hash)).isEqualTo(1);
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            try (PreparedStatement deactivate = c.prepareStatement("UPDATE shopfloor.users SET status = 'inactive' WHERE id = ?")) {
                deactivate.setObject(1, tenant.userId());
                deactivate.executeUpdate();
            }
            assertThat(found(c, hash)).isZero();
            c.rollback();
        }
    }

    @Test
    void theAuditTrailRecordsTheLinkButNeverItsHash() throws SQLException {
        newLink("now()", "now() + interval '1 hour'");
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_type = 'password_links'"))
                    .isPositive();
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_type = 'password_links' "
                    + "AND new_values ->> 'token_hash' IS DISTINCT FROM '[redacted]'")).isZero();
            c.rollback();
        }
    }

    @Test
    void theApplicationCanNeitherReadNorRewriteALinksSecretNorDeleteIt() throws SQLException {
        newLink("now()", "now() + interval '1 hour'");
        for (String sql : new String[] {
                "UPDATE shopfloor.password_links SET token_hash = sha256('other'::bytea) WHERE user_id = ?",
                "UPDATE shopfloor.password_links SET expires_at = now() + interval '1 year' WHERE user_id = ?",
                "DELETE FROM shopfloor.password_links WHERE user_id = ?",
                "SELECT count(*) FROM shopfloor.password_links WHERE user_id = ? AND token_hash IS NOT NULL"}) {
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    statement.setObject(1, tenant.userId());
                    assertThatThrownBy(statement::execute).as(sql)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
                }
                c.rollback();
            }
        }
    }

    /** Inserts a link for the fixture's user as the application role and returns its hash. */
    private static byte[] newLink(String createdAt, String expiresAt) throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), tenant.userId());
            byte[] hash = MigratedDatabase.sha256(UUID.randomUUID().toString());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO shopfloor.password_links (tenant_id, user_id, token_hash, created_at, expires_at) "
                    + "VALUES (?, ?, ?, " + createdAt + ", " + expiresAt + ")")) {
                insert.setObject(1, tenant.tenantId());
                insert.setObject(2, tenant.userId());
                insert.setBytes(3, hash);
                insert.executeUpdate();
                c.commit();
                return hash;
            }
        }
    }

    private static long found(Connection c, byte[] hash) throws SQLException {
        return MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.find_password_link(?)", (Object) hash);
    }
}
