package io.shopfloor.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.shopfloor.migrations.DatabaseRoles;
import io.shopfloor.migrations.Migrations;

/**
 * Shopfloor on one machine: PostgreSQL (embedded, or an external one), the schema migrated, a
 * Payara Server domain set up and started, the EAR deployed, and optionally the demo organization.
 * The run command starts one with the settings from the environment; integration tests start
 * their own with a throwaway data directory, a free database port and another port base:
 *
 * <pre>{@code
 * try (ShopfloorRuntime shopfloor = ShopfloorRuntime.options()
 *         .dataDirectory(tempDir).embeddedDatabase(0).portBase(28000).poolSize(1, 2)
 *         .ear(Path.of("../ear/target/shopfloor.ear"))
 *         .start()) {
 *     URI api = shopfloor.baseUri().resolve("shopfloor/api/v1/");
 *     try (Connection app = shopfloor.database().connectAsApp()) { ... }
 * }
 * }</pre>
 *
 * {@link #close()} stops what was started, in reverse order (undeploying the EAR first, so the next
 * start loads only the EAR it is given); it may be called from a shutdown hook while
 * {@link Options#start()} is still running, which then stops at the next step.
 */
public final class ShopfloorRuntime implements AutoCloseable {

    public static final String APPLICATION_NAME = "shopfloor";

    private final Options options;
    private final Object lifecycle = new Object();
    private volatile boolean closing;
    private EmbeddedDatabase embeddedDatabase;
    private DatabaseAccess database;
    private PayaraDomain domain;
    private boolean domainStarted;
    private boolean applicationDeployed;
    private String schemaVersion;
    private List<DemoLogin> demoLogins = List.of();
    private Duration startupDuration;

    private ShopfloorRuntime(Options options) {
        this.options = options;
    }

    public static Options options() {
        return new Options();
    }

    /** How to reach the database; the pool uses its application role. */
    public DatabaseAccess database() {
        return database;
    }

    /** The embedded PostgreSQL, if this runtime started one. */
    public EmbeddedDatabase embeddedDatabase() {
        return embeddedDatabase;
    }

    public PayaraDomain domain() {
        return domain;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** The demo organization's sign-ins (empty unless {@link Options#demoTenant(boolean)} was set). */
    public List<DemoLogin> demoLogins() {
        return demoLogins;
    }

    public Duration startupDuration() {
        return startupDuration;
    }

    /** The host people and tests use to reach the HTTP listener. */
    public String httpHost() {
        return options.httpAddress.equals("0.0.0.0") ? "localhost" : options.httpAddress;
    }

    /** {@code http://<host>:<http port>/}. */
    public URI baseUri() {
        return URI.create("http://" + hostForUri(httpHost()) + ":" + domain.httpPort() + "/");
    }

    /** MicroProfile Health readiness: {@code /health/ready}. */
    public URI healthUri() {
        return baseUri().resolve("health/ready");
    }

    public Options settings() {
        return options;
    }

    /** Undeploys the EAR and stops Payara Server (if this runtime started them), then the embedded PostgreSQL. */
    @Override
    public void close() {
        closing = true;
        synchronized (lifecycle) {
            RuntimeException failure = null;
            if (domain != null && domainStarted && applicationDeployed) {
                // Next start deploys the EAR it is given into an empty server, instead of Payara
                // first loading the old one at start-up and then replacing it.
                try {
                    options.log.accept("Undeploying " + APPLICATION_NAME);
                    domain.undeploy(APPLICATION_NAME);
                    applicationDeployed = false;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (domain != null && domainStarted) {
                try {
                    options.log.accept("Stopping Payara Server (domain " + domain.name() + ")");
                    domain.stop();
                    domainStarted = false;
                } catch (RuntimeException e) {
                    failure = addTo(failure, e);
                }
            }
            if (embeddedDatabase != null) {
                try {
                    options.log.accept("Stopping the embedded PostgreSQL");
                    embeddedDatabase.close();
                    embeddedDatabase = null;
                } catch (RuntimeException e) {
                    failure = addTo(failure, e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static RuntimeException addTo(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    private ShopfloorRuntime start() {
        long started = System.nanoTime();
        try {
            step("Starting PostgreSQL", this::startDatabase);
            step("Migrating the schema", () -> {
                schemaVersion = Migrations.migrate(database.jdbcUrl(), database.owner().role(), database.owner().password(),
                        database.app().role());
                return "schema version " + schemaVersion;
            });
            if (options.demoTenant) {
                step("Preparing the demo organizations", () -> {
                    DemoTenant.Demo demo = DemoTenant.ensure(database, options.dataDirectory, options.demoWorkshop);
                    demoLogins = demo.logins();
                    if (!demo.built().isEmpty()) {
                        return "created " + String.join("; ", demo.built());
                    }
                    return demoLogins.isEmpty() ? "exist; their sign-ins are unknown (demo-*logins.properties are gone)"
                            : "organizations " + demoLogins.stream().map(DemoLogin::organization).distinct()
                                    .map(slug -> "'" + slug + "'").collect(java.util.stream.Collectors.joining(" and "));
                });
            }
            step("Starting Payara Server", this::startDomain);
            step("Setting up the domain", this::setUpDomain);
            if (options.ear != null) {
                step("Deploying " + options.ear.getFileName(), () -> {
                    domain.deploy(options.ear, APPLICATION_NAME);
                    applicationDeployed = true;
                    return "deployed as " + APPLICATION_NAME;
                });
                step("Waiting for readiness", () -> {
                    domain.awaitReady(healthUri(), options.readinessTimeout);
                    return healthUri() + " is UP";
                });
            }
            startupDuration = Duration.ofNanos(System.nanoTime() - started);
            return this;
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** Runs one start-up step unless {@link #close()} has begun, and reports how long it took. */
    private void step(String description, Supplier<String> action) {
        synchronized (lifecycle) {
            if (closing) {
                throw new CancellationException("Start-up cancelled");
            }
            long began = System.nanoTime();
            String result = action.get();
            options.log.accept(String.format("%-34s %s (%.1f s)", description, result, (System.nanoTime() - began) / 1e9));
        }
    }

    private String startDatabase() {
        if (options.externalDatabase != null) {
            database = options.externalDatabase;
            return "external, " + database.host() + ":" + database.port() + "/" + database.database();
        }
        SecretsFile credentials = new SecretsFile(options.dataDirectory.resolve("credentials.properties"),
                "Passwords of the embedded PostgreSQL's roles, generated on the first start");
        Path dataDirectory = options.dataDirectory.resolve("postgres");
        if (!credentials.exists() && Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            throw new IllegalStateException(credentials.file() + " is missing but " + dataDirectory
                    + " holds a database: restore the file, or delete the directory to start afresh");
        }
        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        generators.put("postgres.superuser.password", RandomSecrets::databasePassword);
        generators.put("owner.password", RandomSecrets::databasePassword);
        generators.put("app.password", RandomSecrets::databasePassword);
        Map<String, String> passwords = credentials.readOrGenerate(generators);
        embeddedDatabase = EmbeddedDatabase.start(dataDirectory, options.embeddedDatabasePort,
                passwords.get("postgres.superuser.password"), options.dataDirectory.resolve("logs/postgres.log"), options.durableDatabase);
        database = embeddedDatabase.ensureDatabase(options.databaseName,
                new Credentials(options.ownerRole, passwords.get("owner.password")),
                new Credentials(options.appRole, passwords.get("app.password")));
        return "embedded, localhost:" + embeddedDatabase.port() + ", data in " + dataDirectory
                + (options.durableDatabase ? "" : " (not durable: SHOPFLOOR_DB_DURABLE=false)");
    }

    private String startDomain() {
        Path zip = options.payaraZip != null ? options.payaraZip : PayaraDistribution.locateZip();
        Path installDirectory = options.payaraInstallDirectory != null ? options.payaraInstallDirectory
                : options.dataDirectory.resolve("payara6");
        Path payaraHome = PayaraDistribution.install(zip, installDirectory);
        Path domainsDirectory = options.domainsDirectory != null ? options.domainsDirectory
                : payaraHome.resolve("glassfish/domains");
        domain = new PayaraDomain(payaraHome, domainsDirectory, options.domainName, options.portBase);
        boolean created = false;
        if (!domain.exists()) {
            domain.create();
            created = true;
        }
        if (isListening(domain.adminPort())) {
            if (!domain.isRunning()) {
                throw new IllegalStateException("Port " + domain.adminPort() + " (admin, port base " + options.portBase
                        + ") is taken by another program: choose another port base");
            }
            // Left running by a launcher that was killed: start afresh, with this start's settings.
            options.log.accept("Stopping the domain left running by an earlier start");
            domain.stop();
        }
        if (isListening(domain.httpPort())) {
            throw new IllegalStateException("Port " + domain.httpPort() + " (HTTP, port base " + options.portBase
                    + ") is taken by another program: choose another port base");
        }
        domain.start();
        domainStarted = true;
        return (created ? "created and started" : "started") + " domain " + domain.name() + ", admin port "
                + domain.adminPort() + ", HTTP port " + domain.httpPort();
    }

    /**
     * Applies config/payara/setup-domain.asadmin, unless exactly the same setup was applied to this
     * domain before (domain.xml keeps it): on a server that has just started, each asadmin command
     * costs the better part of a second.
     */
    private String setUpDomain() {
        SetupValues values = SetupValues.forDatabase(JdbcDriver.jar(), database, options.poolSteadySize,
                options.poolMaxSize, options.httpAddress);
        DomainSetup setup = DomainSetup.fromClasspath();
        String fingerprint = setup.fingerprint(values);
        SecretsFile applied = new SecretsFile(domain.directory().resolve("shopfloor-setup.properties"),
                "Digest of the setup last applied to this domain, passwords included");
        if (fingerprint.equals(applied.read().get("fingerprint"))) {
            return "unchanged since it was last applied";
        }
        PayaraDomain.SetupOutcome outcome = domain.applySetup(setup, values);
        String result = outcome.commandsRun().size() + " commands, pool max " + options.poolMaxSize;
        if (outcome.restartRequired()) {
            domain.restart();
            result += ", then restarted for them to take effect";
        } else if (!httpListenerComesBack()) {
            // Payara rebuilds the HTTP listener when its address changes on a running server,
            // and now and then ends up with none ("GrizzlyProxy is NULL"); a restart rebuilds it.
            domain.restart();
            result += ", then restarted because the HTTP listener did not come back";
        }
        applied.write(Map.of("fingerprint", fingerprint));
        return result;
    }

    private boolean httpListenerComesBack() {
        String host = httpHost().equals("localhost") ? "127.0.0.1" : httpHost();
        try {
            Polling.await(Duration.ofSeconds(15), Duration.ofMillis(200), () -> isListening(host, domain.httpPort()), () -> "");
            return true;
        } catch (IllegalStateException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Start-up interrupted");
        }
    }

    private static boolean isListening(int port) {
        return isListening("127.0.0.1", port);
    }

    private static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** What to start, and where. Every setting has a default but the data directory. */
    public static final class Options {

        private Path dataDirectory;
        private DatabaseAccess externalDatabase;
        private int embeddedDatabasePort = 15432;
        private boolean durableDatabase = true;
        private String databaseName = DatabaseRoles.DEFAULT_DATABASE;
        private String ownerRole = DatabaseRoles.DEFAULT_OWNER_ROLE;
        private String appRole = DatabaseRoles.DEFAULT_APP_ROLE;
        private int portBase = 8000;
        private String httpAddress = "127.0.0.1";
        private int poolSteadySize = 2;
        private int poolMaxSize = 32;
        private Path payaraZip;
        private Path payaraInstallDirectory;
        private Path domainsDirectory;
        private String domainName = "shopfloor";
        private Path ear;
        private boolean demoTenant;
        private boolean demoWorkshop = true;
        private Duration readinessTimeout = Duration.ofMinutes(5);
        private Consumer<String> log = System.out::println;

        private Options() {
        }

        /** Where the embedded PostgreSQL, its passwords, Payara Server and the demo sign-ins are kept. */
        public Options dataDirectory(Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /** An embedded PostgreSQL in dataDirectory/postgres on this port (0: a free one). The default, on 15432. */
        public Options embeddedDatabase(int port) {
            this.externalDatabase = null;
            this.embeddedDatabasePort = port;
            return this;
        }

        /**
         * Whether the embedded PostgreSQL keeps every acknowledged commit through a machine crash
         * (the default). Off trades that for speed: only for data one can lose.
         */
        public Options durableDatabase(boolean durable) {
            this.durableDatabase = durable;
            return this;
        }

        /** An external PostgreSQL whose roles and database exist (config/postgresql/create-roles.sql). */
        public Options externalDatabase(DatabaseAccess database) {
            this.externalDatabase = database;
            return this;
        }

        /** Names for the embedded database and its roles (defaults shopfloor, shopfloor_owner, shopfloor_app). */
        public Options embeddedDatabaseNames(String database, String owner, String app) {
            this.databaseName = database;
            this.ownerRole = owner;
            this.appRole = app;
            return this;
        }

        /** Payara's port base: HTTP on base + 80, admin on base + 48. Default 8000. */
        public Options portBase(int portBase) {
            this.portBase = portBase;
            return this;
        }

        /** The address the HTTP listener binds to. Default 127.0.0.1. */
        public Options httpAddress(String address) {
            this.httpAddress = address;
            return this;
        }

        /** The connection pool's steady and maximum size. Default 2 and 32. */
        public Options poolSize(int steady, int max) {
            this.poolSteadySize = steady;
            this.poolMaxSize = max;
            return this;
        }

        /** The Payara distribution zip; default: {@link PayaraDistribution#locateZip()}. */
        public Options payaraZip(Path zip) {
            this.payaraZip = zip;
            return this;
        }

        /** Where Payara is unpacked (default dataDirectory/payara6); tests may share one. */
        public Options payaraInstallDirectory(Path directory) {
            this.payaraInstallDirectory = directory;
            return this;
        }

        /** Where the domain directory is made (default: inside the installation). */
        public Options domainsDirectory(Path directory) {
            this.domainsDirectory = directory;
            return this;
        }

        public Options domainName(String name) {
            this.domainName = name;
            return this;
        }

        /** The EAR to deploy; none: the domain is set up but nothing is deployed. */
        public Options ear(Path ear) {
            this.ear = ear;
            return this;
        }

        /** Creates the demo organizations on the first start (the run command does). */
        public Options demoTenant(boolean create) {
            this.demoTenant = create;
            return this;
        }

        /** Fills new demo organizations with their workshops' records (the default). */
        public Options demoWorkshop(boolean fill) {
            this.demoWorkshop = fill;
            return this;
        }

        public Options readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        /** Where progress lines go; default standard output. */
        public Options log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        public Path dataDirectory() {
            return dataDirectory;
        }

        public String httpAddress() {
            return httpAddress;
        }

        public boolean usesEmbeddedDatabase() {
            return externalDatabase == null;
        }

        /** Starts everything; on failure, stops what was started and throws. */
        public ShopfloorRuntime start() {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            return new ShopfloorRuntime(this).start();
        }

        /**
         * A runtime that has not started yet, for a caller that must be able to {@link #close()} it
         * while it starts (the run command's shutdown hook); then call {@link ShopfloorRuntime#startNow()}.
         */
        public ShopfloorRuntime prepare() {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            return new ShopfloorRuntime(this);
        }
    }

    /** Starts a runtime made by {@link Options#prepare()}. */
    public ShopfloorRuntime startNow() {
        return start();
    }
}
