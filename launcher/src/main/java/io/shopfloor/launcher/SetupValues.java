package io.shopfloor.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The values {@link DomainSetup} fills into config/payara/setup-domain.asadmin, and the
 * application role's password, which goes to the alias through a password file instead.
 */
public record SetupValues(Path jdbcDriverJar, String databaseHost, int databasePort, String databaseName,
                          Credentials app, int poolSteadySize, int poolMaxSize, String httpAddress) {

    public SetupValues {
        Objects.requireNonNull(jdbcDriverJar, "jdbcDriverJar");
        Objects.requireNonNull(databaseHost, "databaseHost");
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(httpAddress, "httpAddress");
        if (poolMaxSize < 1 || poolSteadySize < 0 || poolSteadySize > poolMaxSize) {
            throw new IllegalArgumentException("Pool sizes must satisfy 0 <= steady <= max, max >= 1; got steady "
                    + poolSteadySize + ", max " + poolMaxSize);
        }
    }

    /** For a pool that reaches {@code database} as its application role. */
    public static SetupValues forDatabase(Path jdbcDriverJar, DatabaseAccess database, int poolSteadySize,
                                          int poolMaxSize, String httpAddress) {
        return new SetupValues(jdbcDriverJar, database.host(), database.port(), database.database(), database.app(),
                poolSteadySize, poolMaxSize, httpAddress);
    }

    /** The placeholders of setup-domain.asadmin. */
    public Map<String, String> placeholders() {
        return Map.of(
                "SHOPFLOOR_JDBC_DRIVER_JAR", jdbcDriverJar.toAbsolutePath().toString(),
                "SHOPFLOOR_DB_HOST", databaseHost,
                "SHOPFLOOR_DB_PORT", Integer.toString(databasePort),
                "SHOPFLOOR_DB_NAME", databaseName,
                "SHOPFLOOR_DB_APP", app.role(),
                "SHOPFLOOR_DB_POOL_STEADY", Integer.toString(poolSteadySize),
                "SHOPFLOOR_DB_POOL_MAX", Integer.toString(poolMaxSize),
                "SHOPFLOOR_HTTP_ADDRESS", httpAddress);
    }
}
