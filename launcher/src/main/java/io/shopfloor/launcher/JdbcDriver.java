package io.shopfloor.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The PostgreSQL JDBC driver jar on this class path: the version the build manages goes into the domain too. */
final class JdbcDriver {

    private JdbcDriver() {
    }

    static Path jar() {
        try {
            Path location = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location) || !location.getFileName().toString().endsWith(".jar")) {
                throw new IllegalStateException("The PostgreSQL JDBC driver was loaded from " + location + ", not a jar");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the PostgreSQL JDBC driver jar", e);
        }
    }
}
