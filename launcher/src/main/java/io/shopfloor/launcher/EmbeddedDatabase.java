package io.shopfloor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import io.shopfloor.migrations.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL run from a data directory of its own (the zonky binaries), listening on
 * localhost only.
 *
 * <p>A new cluster starts with "trust" authentication; before anything else happens the superuser
 * gets a password and every connection must then authenticate with scram-sha-256, so the roles'
 * passwords mean something even on a developer's machine.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String superuserPassword;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String superuserPassword) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.superuserPassword = superuserPassword;
    }

    /** Starts PostgreSQL durably: see {@link #start(Path, int, String, Path, boolean)}. */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String superuserPassword, Path logFile) {
        return start(dataDirectory, port, superuserPassword, logFile, true);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating the cluster if the directory holds none.
     *
     * @param port              the port to listen on, 0 for a free one
     * @param superuserPassword the superuser's password: set on a new cluster, used on an existing one
     * @param logFile           where PostgreSQL's own output goes
     * @param durable           whether an acknowledged commit survives a crash of the machine (fsync,
     *                          synchronous commit, full page writes: PostgreSQL's defaults, which the
     *                          embedded binaries turn off); only a throwaway database goes without
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String superuserPassword, Path logFile, boolean durable) {
        Objects.requireNonNull(superuserPassword, "superuserPassword");
        boolean newCluster = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            stopLeftoverServer(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (!newCluster) {
                builder.setConnectConfig("password", superuserPassword);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory, superuserPassword);
            if (newCluster) {
                database.requirePasswords();
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory
                    + " (its log: " + logFile + ")", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot secure the new embedded PostgreSQL cluster in " + dataDirectory, e);
        }
    }

    /** A PostgreSQL for one test run: a fresh cluster in {@code directory}, on a free port. */
    public static EmbeddedDatabase startThrowaway(Path directory) {
        return start(directory.resolve("postgres"), 0, RandomSecrets.databasePassword(), directory.resolve("postgres.log"), false);
    }

    /**
     * Creates (or updates) the owner and application roles and the database, as
     * {@link DatabaseRoles#ensure} does for a DBA, and says how to reach it.
     */
    public DatabaseAccess ensureDatabase(String database, Credentials owner, Credentials app) {
        try (Connection admin = connectAsSuperuser("postgres")) {
            DatabaseRoles.ensure(admin, database, owner.role(), owner.password(), app.role(), app.password());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the roles and the database " + database, e);
        }
        return new DatabaseAccess("localhost", port(), database, owner, app);
    }

    public Connection connectAsSuperuser(String database) throws SQLException {
        return postgres.getDatabase(SUPERUSER, database, Map.of("password", superuserPassword)).getConnection();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended, committed data is safe). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** On a cluster initdb just made with "trust": give the superuser a password, then demand passwords. */
    private void requirePasswords() throws SQLException, IOException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            String alterRole;
            try (PreparedStatement format = admin.prepareStatement("SELECT format('ALTER ROLE %I PASSWORD %L', ?, ?)")) {
                format.setString(1, SUPERUSER);
                format.setString(2, superuserPassword);
                try (ResultSet rows = format.executeQuery()) {
                    rows.next();
                    alterRole = rows.getString(1);
                }
            }
            try (Statement statement = admin.createStatement()) {
                statement.execute(alterRole);
            }
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # Written by the Shopfloor launcher: every connection authenticates with a password.
                    # TYPE  DATABASE  USER  ADDRESS       METHOD
                    local   all       all                 scram-sha-256
                    host    all       all   127.0.0.1/32  scram-sha-256
                    host    all       all   ::1/128       scram-sha-256
                    """);
            try (Statement statement = admin.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            }
        }
    }

    /**
     * A PostgreSQL left running by a launcher that was killed holds the data directory; ask it to
     * stop (SIGINT: fast shutdown) and wait for it, so this start does not fail on its lock.
     */
    private static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException notAPid) {
            return;
        }
        ProcessHandle leftover = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                .orElse(null);
        if (leftover == null) {
            return; // a stale pid file: PostgreSQL itself handles it
        }
        System.out.println("Stopping the embedded PostgreSQL left running by an earlier start (pid " + pid + ")");
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            Polling.await(Duration.ofSeconds(30), Duration.ofMillis(200), () -> !leftover.isAlive(),
                    () -> "PostgreSQL (pid " + pid + ") did not stop; stop it and start again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + pid, e);
        }
    }
}
