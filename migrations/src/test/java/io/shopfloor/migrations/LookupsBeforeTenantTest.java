package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SECURITY DEFINER look-ups used before a tenant is known answer narrowly. */
class LookupsBeforeTenantTest {

    private static MigratedDatabase db;
    private static TenantFixture tenant;
    private static String slug;

    @BeforeAll
    static void tenant() throws SQLException {
        db = MigratedDatabase.get();
        slug = "lookup-" + UUID.randomUUID().toString().substring(0, 8);
        tenant = TenantFixture.create(db, slug);
    }

    @Test
    void signInFindsExactlyTheActiveUserOfTheNamedTenant() throws SQLException {
        try (Connection c = db.app()) {
            assertThat(signInRows(c, slug, "ADA@" + slug + ".example")).isEqualTo(1);
            assertThat(signInRows(c, slug, "nobody@" + slug + ".example")).isZero();
            assertThat(signInRows(c, "no-such-tenant", "ada@" + slug + ".example")).isZero();
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.users")).as("the table itself stays walled").isZero();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            try (PreparedStatement deactivate = c.prepareStatement("UPDATE shopfloor.users SET status = 'inactive' WHERE id = ?")) {
                deactivate.setObject(1, tenant.userId());
                deactivate.executeUpdate();
            }
            assertThat(signInRows(c, slug, "ada@" + slug + ".example")).as("inactive users cannot sign in").isZero();
            c.rollback();
        }
    }

    @Test
    void usingAnApiTokenFindsItsUserRecordsTheUseOnceAMinuteAndIgnoresRevokedTokens() throws SQLException {
        // The application writes a token's hash and never reads it back (no SELECT on token_hash).
        byte[] hash = MigratedDatabase.sha256(UUID.randomUUID().toString());
        UUID tokenId = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO shopfloor.api_tokens (id, tenant_id, user_id, name, token_hash) VALUES (?, ?, ?, 'lookup', ?)")) {
                insert.setObject(1, tokenId);
                insert.setObject(2, tenant.tenantId());
                insert.setObject(3, tenant.userId());
                insert.setBytes(4, hash);
                insert.executeUpdate();
            }
            c.commit();
        }
        try (Connection c = db.app(); PreparedStatement use = c.prepareStatement("SELECT tenant_id, user_id FROM shopfloor.use_api_token(?)")) {
            use.setBytes(1, hash);
            try (ResultSet rows = use.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject("tenant_id")).isEqualTo(tenant.tenantId());
                assertThat(rows.getObject("user_id")).isEqualTo(tenant.userId());
            }
            Object firstUse = lastUsed(c, tokenId);
            assertThat(firstUse).as("the use is recorded").isNotNull();
            try (ResultSet rows = use.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }
            assertThat(lastUsed(c, tokenId)).as("a second use within the minute writes nothing").isEqualTo(firstUse);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.api_tokens")).as("the table itself stays walled").isZero();

            MigratedDatabase.beginAs(c, tenant.tenantId(), null);
            try (PreparedStatement revoke = c.prepareStatement("UPDATE shopfloor.api_tokens SET revoked_at = now() WHERE id = ?")) {
                revoke.setObject(1, tokenId);
                assertThat(revoke.executeUpdate()).isEqualTo(1);
            }
            c.commit();
            c.setAutoCommit(true);
            try (ResultSet rows = use.executeQuery()) {
                assertThat(rows.next()).as("a revoked token finds nothing").isFalse();
            }
        }
    }

    /** The token's last use, read inside its organization. */
    private Object lastUsed(Connection c, UUID tokenId) throws SQLException {
        MigratedDatabase.beginAs(c, tenant.tenantId(), null);
        try (PreparedStatement read = c.prepareStatement("SELECT last_used_at FROM shopfloor.api_tokens WHERE id = ?")) {
            read.setObject(1, tokenId);
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    @Test
    void theInstalledSchemaVersionIsTheOneThisBuildExpects() throws SQLException {
        try (Connection c = db.app(); PreparedStatement query = c.prepareStatement("SELECT shopfloor.installed_schema_version()");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(Migrations.expectedSchemaVersion());
        }
    }

    private static long signInRows(Connection c, String tenantSlug, String email) throws SQLException {
        return MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.find_sign_in(?, ?)", tenantSlug, email);
    }
}
