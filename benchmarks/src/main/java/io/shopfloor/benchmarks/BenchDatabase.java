package io.shopfloor.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.shopfloor.launcher.Credentials;
import io.shopfloor.launcher.DatabaseAccess;
import io.shopfloor.launcher.EmbeddedDatabase;
import io.shopfloor.launcher.RandomSecrets;
import io.shopfloor.launcher.SecretsFile;
import io.shopfloor.migrations.DatabaseRoles;
import io.shopfloor.migrations.Migrations;

/**
 * The benchmarks' own PostgreSQL: embedded, its data in {@code <directory>/postgres} (kept between
 * runs, so the data set is built once), the schema migrated as in production, with the production
 * roles. Passwords are generated on the first start and kept in {@code credentials.properties}.
 */
public final class BenchDatabase implements AutoCloseable {

    static final String DATABASE = "shopfloor_bench";

    private final EmbeddedDatabase postgres;
    private final DatabaseAccess access;
    private final Credentials bypass;

    private BenchDatabase(EmbeddedDatabase postgres, DatabaseAccess access, Credentials bypass) {
        this.postgres = postgres;
        this.access = access;
        this.bypass = bypass;
    }

    /**
     * The comparison role of the benchmarks, which exists only in this database: it reads what the
     * application role reads, but BYPASSRLS, so its queries name the tenant in explicit filters.
     */
    static final String BYPASS_ROLE = "shopfloor_bench_bypass";

    private static void ensureBypassRole(EmbeddedDatabase postgres, Credentials bypass) {
        ensureLoginRole(postgres, BYPASS_ROLE, "BYPASSRLS", bypass.password());
        asSuperuser(postgres, "GRANT CONNECT ON DATABASE " + DATABASE + " TO " + BYPASS_ROLE,
                "GRANT USAGE ON SCHEMA shopfloor TO " + BYPASS_ROLE,
                "GRANT SELECT ON ALL TABLES IN SCHEMA shopfloor TO " + BYPASS_ROLE,
                "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA shopfloor TO " + BYPASS_ROLE);
    }

    /**
     * Creates a login role of the benchmarks unless it exists, with the given attributes when it is
     * created, and sets its password. Identifiers are constants; passwords are generated
     * (alphanumeric), never typed in.
     */
    static void ensureLoginRole(EmbeddedDatabase postgres, String role, String attributes, String password) {
        asSuperuser(postgres, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + " LOGIN " + attributes + "; END IF; END $$",
                "ALTER ROLE " + role + " PASSWORD '" + password.replace("'", "''") + "'");
    }

    /**
     * Runs statements as the superuser in the benchmark database of {@code postgres}: the
     * benchmarks' own set-up (comparison roles, statement logging), never what they measure.
     */
    static void asSuperuser(EmbeddedDatabase postgres, String... statements) {
        try (Connection c = postgres.connectAsSuperuser(DATABASE); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark set-up failed: " + e.getMessage(), e);
        }
    }

    /** A connection as the BYPASSRLS comparison role. */
    public Connection bypass() throws SQLException {
        return java.sql.DriverManager.getConnection(access.jdbcUrl(), bypass.role(), bypass.password());
    }

    /** A connection as the application role (row level security applies). */
    public Connection app() throws SQLException {
        return java.sql.DriverManager.getConnection(access.jdbcUrl(), access.app().role(), access.app().password());
    }

    /** Starts PostgreSQL on {@code directory} (port 0: any free one) and migrates the schema. */
    public static BenchDatabase start(Path directory, int port) {
        SecretsFile credentials = new SecretsFile(directory.resolve("credentials.properties"),
                "Passwords of the benchmark PostgreSQL's roles, generated on the first start");
        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        generators.put("postgres.superuser.password", RandomSecrets::databasePassword);
        generators.put("owner.password", RandomSecrets::databasePassword);
        generators.put("app.password", RandomSecrets::databasePassword);
        generators.put("bypass.password", RandomSecrets::databasePassword);
        Map<String, String> passwords = credentials.readOrGenerate(generators);
        EmbeddedDatabase postgres = EmbeddedDatabase.start(directory.resolve("postgres"), port,
                passwords.get("postgres.superuser.password"), directory.resolve("postgres.log"));
        try {
            DatabaseAccess access = postgres.ensureDatabase(DATABASE,
                    new Credentials(DatabaseRoles.DEFAULT_OWNER_ROLE, passwords.get("owner.password")),
                    new Credentials(DatabaseRoles.DEFAULT_APP_ROLE, passwords.get("app.password")));
            Migrations.migrate(access.jdbcUrl(), access.owner().role(), access.owner().password(), access.app().role());
            Credentials bypass = new Credentials(BYPASS_ROLE, passwords.get("bypass.password"));
            ensureBypassRole(postgres, bypass);
            return new BenchDatabase(postgres, access, bypass);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The owner and application roles, as the server would use them. */
    public DatabaseAccess access() {
        return access;
    }

    /**
     * A superuser connection: the loader needs it (COPY into tables under row level security, no
     * triggers during the bulk load). Never used for what a benchmark measures as the application.
     */
    public Connection superuser() throws SQLException {
        return postgres.connectAsSuperuser(DATABASE);
    }

    /** Empties the schema's tables (all organizations), so the data set can be built afresh. */
    void truncateEverything() throws SQLException {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("""
                    DO $$
                    DECLARE tables text;
                    BEGIN
                        SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
                        FROM pg_tables WHERE schemaname = 'shopfloor' AND tablename <> 'flyway_schema_history';
                        EXECUTE 'TRUNCATE ' || tables || ' CASCADE';
                    END
                    $$""");
        }
    }

    @Override
    public void close() {
        postgres.close();
    }
}
