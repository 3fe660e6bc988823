package io.shopfloor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.shopfloor.migrations.DatabaseRoles;

/**
 * The run command's settings, from environment variables (documented in
 * config/shopfloor.env.example and docs/operations.md) and the system properties the run profile
 * sets (shopfloor.ear, shopfloor.repository.dir).
 *
 * @param externalDatabase present when SHOPFLOOR_DB_HOST is set; otherwise PostgreSQL is embedded
 */
public record LauncherSettings(Path dataDirectory, Optional<DatabaseAccess> externalDatabase, int embeddedDatabasePort,
                               String databaseName, String ownerRole, String appRole, int portBase, String httpAddress,
                               int poolSteadySize, int poolMaxSize, Optional<Path> ear, boolean durableDatabase,
                               boolean demoWorkshop) {

    public static final int DEFAULT_EMBEDDED_PORT = 15432;
    public static final int DEFAULT_EXTERNAL_PORT = 5432;
    public static final int DEFAULT_PORT_BASE = 8000;

    public static LauncherSettings from(Map<String, String> environment, Properties systemProperties) {
        Settings settings = new Settings(environment, systemProperties);
        String databaseName = settings.text("SHOPFLOOR_DB_NAME", DatabaseRoles.DEFAULT_DATABASE);
        String ownerRole = settings.text("SHOPFLOOR_DB_OWNER", DatabaseRoles.DEFAULT_OWNER_ROLE);
        String appRole = settings.text("SHOPFLOOR_DB_APP", DatabaseRoles.DEFAULT_APP_ROLE);
        Optional<String> externalHost = settings.optional("SHOPFLOOR_DB_HOST");
        Optional<DatabaseAccess> external = externalHost.map(host -> new DatabaseAccess(host,
                settings.port("SHOPFLOOR_DB_PORT", DEFAULT_EXTERNAL_PORT), databaseName,
                new Credentials(ownerRole, settings.secret("SHOPFLOOR_DB_OWNER_PASSWORD")),
                new Credentials(appRole, settings.secret("SHOPFLOOR_DB_APP_PASSWORD"))));
        int embeddedPort = external.isPresent() ? DEFAULT_EMBEDDED_PORT : settings.port("SHOPFLOOR_DB_PORT", DEFAULT_EMBEDDED_PORT);
        if (external.isEmpty() && ownerRole.equals(appRole)) {
            throw new IllegalArgumentException("SHOPFLOOR_DB_OWNER and SHOPFLOOR_DB_APP must be different roles");
        }
        int poolSteady = settings.number("SHOPFLOOR_DB_POOL_STEADY", 2);
        int poolMax = settings.number("SHOPFLOOR_DB_POOL_MAX", 32);
        if (poolMax < 1 || poolSteady < 0 || poolSteady > poolMax) {
            throw new IllegalArgumentException("Need 0 <= SHOPFLOOR_DB_POOL_STEADY <= SHOPFLOOR_DB_POOL_MAX and a maximum of"
                    + " at least 1; got " + poolSteady + " and " + poolMax);
        }
        int portBase = settings.number("SHOPFLOOR_PORT_BASE", DEFAULT_PORT_BASE);
        if (portBase < 1024 || portBase > 65_435) {
            throw new IllegalArgumentException("SHOPFLOOR_PORT_BASE must be between 1024 and 65435 (HTTP is base + 80), not " + portBase);
        }
        return new LauncherSettings(settings.dataDirectory(), external, embeddedPort, databaseName, ownerRole, appRole,
                portBase, settings.text("SHOPFLOOR_HTTP_ADDRESS", "127.0.0.1"), poolSteady, poolMax, settings.ear(),
                !"false".equalsIgnoreCase(settings.text("SHOPFLOOR_DB_DURABLE", "true")),
                !"false".equalsIgnoreCase(settings.text("SHOPFLOOR_DEMO_DATA", "true")));
    }

    /** The runtime these settings describe, with the demo organizations. */
    public ShopfloorRuntime.Options toOptions() {
        ShopfloorRuntime.Options options = ShopfloorRuntime.options()
                .dataDirectory(dataDirectory)
                .embeddedDatabase(embeddedDatabasePort)
                .embeddedDatabaseNames(databaseName, ownerRole, appRole)
                .portBase(portBase)
                .httpAddress(httpAddress)
                .poolSize(poolSteadySize, poolMaxSize)
                .durableDatabase(durableDatabase)
                .demoTenant(true)
                .demoWorkshop(demoWorkshop);
        externalDatabase.ifPresent(options::externalDatabase);
        ear.ifPresent(options::ear);
        return options;
    }

    /** Reads one source of settings, with the checks and messages an operator needs. */
    private record Settings(Map<String, String> environment, Properties systemProperties) {

        Optional<String> optional(String name) {
            return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
        }

        String text(String name, String defaultValue) {
            return optional(name).orElse(defaultValue);
        }

        int number(String name, int defaultValue) {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return defaultValue;
            }
            try {
                return Integer.parseInt(value.get());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, not '" + value.get() + "'");
            }
        }

        int port(String name, int defaultValue) {
            int port = number(name, defaultValue);
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(name + " must be a port number, not " + port);
            }
            return port;
        }

        /** NAME itself, or the content of the file NAME_FILE names (without its final line break). */
        String secret(String name) {
            Optional<String> file = optional(name + "_FILE");
            if (file.isPresent()) {
                try {
                    return Files.readString(Path.of(file.get())).replaceAll("[\\r\\n]+$", "");
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + name + "_FILE=" + file.get(), e);
                }
            }
            return Optional.ofNullable(environment.get(name)).filter(value -> !value.isEmpty())
                    .orElseThrow(() -> new IllegalArgumentException("SHOPFLOOR_DB_HOST is set, so " + name + " or " + name
                            + "_FILE must be set too"));
        }

        Path dataDirectory() {
            Optional<String> configured = property("shopfloor.data.dir").or(() -> optional("SHOPFLOOR_DATA_DIR"));
            if (configured.isPresent()) {
                return Path.of(configured.get()).toAbsolutePath().normalize();
            }
            Path repository = property("shopfloor.repository.dir").map(Path::of).orElse(Path.of(""));
            return repository.resolve(".data").toAbsolutePath().normalize();
        }

        Optional<Path> ear() {
            return property("shopfloor.ear").or(() -> optional("SHOPFLOOR_EAR")).map(Path::of);
        }

        /** A system property, unless unset or left unresolved by Maven ("${...}"). */
        private Optional<String> property(String name) {
            return Optional.ofNullable(systemProperties.getProperty(name))
                    .map(String::strip)
                    .filter(value -> !value.isEmpty() && !value.startsWith("${"));
        }
    }
}
