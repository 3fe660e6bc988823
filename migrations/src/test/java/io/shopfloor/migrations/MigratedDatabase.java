package io.shopfloor.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM, migrated as the owner role, with connections handed out as
 * the application role: the role the server's pool uses, so RLS applies exactly as in production.
 */
final class MigratedDatabase {

    static final String OWNER = DatabaseRoles.DEFAULT_OWNER_ROLE;
    static final String APP = DatabaseRoles.DEFAULT_APP_ROLE;
    private static final String PASSWORD = "test-only-" + UUID.randomUUID();

    private static MigratedDatabase instance;

    private final EmbeddedPostgres postgres;
    private final String url;

    private MigratedDatabase() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            DatabaseRoles.ensure(admin, DatabaseRoles.DEFAULT_DATABASE, OWNER, PASSWORD, APP, PASSWORD);
        }
        url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DatabaseRoles.DEFAULT_DATABASE;
        Migrations.migrate(url, OWNER, PASSWORD, APP);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    static synchronized MigratedDatabase get() {
        if (instance == null) {
            try {
                instance = new MigratedDatabase();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /**
     * A further database on the same server, with the same roles, not migrated: for tests of
     * upgrades from an older schema. Returns its JDBC URL.
     */
    String createEmptyDatabase(String name) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            DatabaseRoles.ensure(admin, name, OWNER, PASSWORD, APP, PASSWORD);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    /**
     * Flyway set up as {@link Migrations#migrate} sets it up, for a database made with
     * {@link #createEmptyDatabase}: tests of upgrades migrate to an older version first.
     */
    FluentConfiguration flyway(String url) {
        return Flyway.configure()
                .dataSource(url, OWNER, PASSWORD)
                .schemas(Migrations.SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/callback")
                .placeholders(Map.of("appRole", APP, "ownerRole", OWNER));
    }

    /** A connection as the application role, autocommit on. */
    Connection app() throws SQLException {
        return DriverManager.getConnection(url, APP, PASSWORD);
    }

    /**
     * A superuser connection, which bypasses RLS: only for asserting what no tenant can see (e.g.
     * that a call wrote nothing anywhere), never for the behaviour under test.
     */
    Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", DatabaseRoles.DEFAULT_DATABASE).getConnection();
    }

    /** A connection as the owner role (subject to RLS too, because every table FORCEs it). */
    Connection owner() throws SQLException {
        return DriverManager.getConnection(url, OWNER, PASSWORD);
    }

    String url() {
        return url;
    }

    String password() {
        return PASSWORD;
    }

    /** Begins a transaction on {@code connection} with the tenant (and user) set transaction-locally. */
    static void beginAs(Connection connection, UUID tenantId, UUID userId) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement set = connection.prepareStatement(
                "SELECT set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)")) {
            set.setString(1, tenantId == null ? "" : tenantId.toString());
            set.setString(2, userId == null ? "" : userId.toString());
            set.execute();
        }
    }

    /**
     * Creates a tenant as operators do, through the owner's provision_organization (its built-in
     * roles and stages come from the triggers), and returns its id.
     */
    UUID createTenant(String slug) throws SQLException {
        UUID tenantId = UUID.randomUUID();
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            try (PreparedStatement provision = c.prepareStatement("SELECT shopfloor.provision_organization(?, ?, ?, 'UTC', 'EUR')")) {
                provision.setObject(1, tenantId);
                provision.setString(2, slug);
                provision.setString(3, "Tenant " + slug);
                provision.execute();
            }
            c.commit();
        }
        return tenantId;
    }

    /** SHA-256 of a text, as the server hashes tokens and links before storing them. */
    static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
