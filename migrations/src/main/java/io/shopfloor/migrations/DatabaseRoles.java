package io.shopfloor.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the owner role, the application role and the database, connected as a role that may
 * (the embedded PostgreSQL's superuser, or a DBA's). Idempotent: existing roles keep their
 * attributes apart from the password, which is set to the one given. The same statements are in
 * config/postgresql/create-roles.sql for DBAs who prefer to run them by hand.
 */
public final class DatabaseRoles {

    public static final String DEFAULT_OWNER_ROLE = "shopfloor_owner";
    public static final String DEFAULT_APP_ROLE = "shopfloor_app";
    public static final String DEFAULT_DATABASE = "shopfloor";

    private DatabaseRoles() {
    }

    /**
     * Ensures both roles exist with the given passwords and that the database exists, owned by
     * the owner role. The application role gets CONNECT on the database and nothing else here;
     * the migrations grant it what it needs inside the schema.
     */
    public static void ensure(Connection admin, String database, String ownerRole, String ownerPassword,
                              String appRole, String appPassword) throws SQLException {
        ensureRole(admin, ownerRole, ownerPassword, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB");
        ensureRole(admin, appRole, appPassword, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOINHERIT");
        if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
            execute(admin, "SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8''', ?, ?)", database, ownerRole);
        }
        execute(admin, "SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', ?)", database);
        execute(admin, "SELECT format('GRANT CONNECT ON DATABASE %I TO %I', ?, ?)", database, appRole);
    }

    private static void ensureRole(Connection admin, String role, String password, String attributes) throws SQLException {
        String verb = exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
        execute(admin, "SELECT format('" + verb + " ROLE %I " + attributes + " PASSWORD %L', ?, ?)", role, password);
    }

    private static boolean exists(Connection admin, String sql, String value) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Lets the server quote identifiers and literals (format %I/%L), then runs the statement. */
    private static void execute(Connection admin, String formatQuery, String... values) throws SQLException {
        String statement;
        try (PreparedStatement format = admin.prepareStatement(formatQuery)) {
            for (int i = 0; i < values.length; i++) {
                format.setString(i + 1, values[i]);
            }
            try (ResultSet rows = format.executeQuery()) {
                rows.next();
                statement = rows.getString(1);
            }
        }
        try (Statement ddl = admin.createStatement()) {
            ddl.execute(statement);
        }
    }
}
