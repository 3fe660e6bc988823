package io.shopfloor.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where Shopfloor's database is and how to connect to it: as the owner (migrations, look-ups
 * across tenants) or as the application role (what the server's pool uses, so row level
 * security applies).
 */
public record DatabaseAccess(String host, int port, String database, Credentials owner, Credentials app) {

    public DatabaseAccess {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(app, "app");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        if (owner.role().equals(app.role())) {
            // The owner bypasses nothing thanks to FORCE, but it may disable row level security.
            throw new IllegalArgumentException("The application role must not be the owner role (" + owner.role() + ")");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database;
    }

    /** A connection as the application role, autocommit on. */
    public Connection connectAsApp() throws SQLException {
        return dataSource(app).getConnection();
    }

    /** A connection as the owner role, autocommit on. */
    public Connection connectAsOwner() throws SQLException {
        return dataSource(owner).getConnection();
    }

    /**
     * A data source for the given role. Used instead of DriverManager, which only sees drivers of
     * the class loader that first touched it (not this one when running inside Maven).
     */
    public DataSource dataSource(Credentials role) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(role.role());
        dataSource.setPassword(role.password());
        dataSource.setApplicationName("shopfloor-launcher");
        return dataSource;
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
