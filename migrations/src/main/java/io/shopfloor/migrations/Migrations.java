package io.shopfloor.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the migrations. As a command it reads its connection from environment variables, so an
 * operator can upgrade an external database before deploying a new EAR:
 *
 * <pre>
 * SHOPFLOOR_DB_URL=jdbc:postgresql://db:5432/shopfloor \
 * SHOPFLOOR_DB_OWNER=shopfloor_owner SHOPFLOOR_DB_OWNER_PASSWORD=... \
 * SHOPFLOOR_DB_APP_ROLE=shopfloor_app \
 * java -jar shopfloor-migrations.jar
 * </pre>
 */
public final class Migrations {

    /** The schema that holds every Shopfloor table. */
    public static final String SCHEMA = "shopfloor";

    private Migrations() {
    }

    /**
     * Migrates the database to the newest version, connected as the owner role, and returns the
     * schema version now installed.
     */
    public static String migrate(String jdbcUrl, String ownerUser, String ownerPassword, String appRole) {
        Flyway flyway = Flyway.configure()
                .dataSource(jdbcUrl, ownerUser, ownerPassword)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/callback")
                .placeholders(Map.of("appRole", appRole, "ownerRole", ownerUser))
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : flyway.info().current().getVersion().getVersion();
    }

    /** The schema version this build's migrations end at, as the EAR expects it. */
    public static String expectedSchemaVersion() {
        try (InputStream in = Migrations.class.getResourceAsStream("/META-INF/shopfloor-schema.properties")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/shopfloor-schema.properties is missing from the migrations jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("schema.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        String url = required("SHOPFLOOR_DB_URL");
        String owner = required("SHOPFLOOR_DB_OWNER");
        String password = System.getenv().getOrDefault("SHOPFLOOR_DB_OWNER_PASSWORD", "");
        String appRole = System.getenv().getOrDefault("SHOPFLOOR_DB_APP_ROLE", DatabaseRoles.DEFAULT_APP_ROLE);
        String version = migrate(url, owner, password, appRole);
        System.out.println("Shopfloor schema is at version " + version);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println("Set " + name + " (see docs/operations.md, 'Run the migrations, as the owner')");
            System.exit(2);
        }
        return value;
    }
}
