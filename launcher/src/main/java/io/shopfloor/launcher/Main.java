package io.shopfloor.launcher;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command: {@code mvn -Prun package} from the repository root builds the EAR
 * and runs this in the foreground. Settings: see {@link LauncherSettings} and docs/operations.md.
 * Ctrl-C stops Payara Server and the embedded PostgreSQL, then the process exits.
 */
public final class Main {

    /** Flyway logs through java.util.logging here; held so the level setting is not garbage-collected. */
    private static final Logger FLYWAY_LOGGER = Logger.getLogger("org.flywaydb");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietLibraryLogging();
        LauncherSettings settings;
        try {
            settings = LauncherSettings.from(System.getenv(), System.getProperties());
        } catch (RuntimeException e) {
            System.err.println("Shopfloor cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (settings.ear().isPresent() && !Files.isRegularFile(settings.ear().get())) {
            System.err.println("Shopfloor cannot start: there is no EAR at " + settings.ear().get()
                    + ". Build it with: mvn -Prun package");
            System.exit(2);
            return;
        }
        System.out.println("Shopfloor: data in " + settings.dataDirectory());
        if (settings.ear().isEmpty()) {
            System.out.println("No EAR given (system property shopfloor.ear or SHOPFLOOR_EAR): the server starts"
                    + " without Shopfloor. The run command is: mvn -Prun package");
        }

        ShopfloorRuntime runtime = settings.toOptions().prepare();
        // Registered before anything starts, so Ctrl-C during start-up stops what is already running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runtime.close();
                System.out.println("Shopfloor stopped.");
            } catch (RuntimeException e) {
                System.err.println("While stopping Shopfloor: " + e.getMessage());
            }
        }, "shopfloor-stop"));

        try {
            runtime.startNow();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Shopfloor did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(summary(runtime));
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    static String summary(ShopfloorRuntime runtime) {
        String base = runtime.baseUri().toString();
        StringBuilder text = new StringBuilder("\nShopfloor is running.\n");
        text.append(String.format("  Staff screens  %sshopfloor/%n", base));
        text.append(String.format("  Console        %sconsole/%n", base));
        text.append(String.format("  REST API       %sshopfloor/api/v1%n", base));
        text.append(String.format("  Health         %s%n", runtime.healthUri()));
        text.append(String.format("  Database       %s (%s)%n", runtime.database().jdbcUrl(),
                runtime.settings().usesEmbeddedDatabase() ? "embedded" : "external"));
        text.append(String.format("  Server log     %s%n", runtime.domain().serverLog()));
        runtime.demoLogins().stream().map(DemoLogin::organization).distinct().forEach(organization -> {
            text.append("\n  Sign in to organization '").append(organization).append("' with:\n");
            runtime.demoLogins().stream().filter(login -> login.organization().equals(organization))
                    .forEach(login -> text.append(String.format("    %-24s %s%n", login.email(), login.password())));
        });
        if (!runtime.demoLogins().isEmpty()) {
            text.append("  (kept in ").append(runtime.settings().dataDirectory()).append(", demo-*logins.properties)\n");
        }
        Duration sinceJvmStart = Duration.ofMillis(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        text.append(String.format("%nStarted in %.1f s (%.1f s since the JVM started, build included). Ctrl-C stops it.",
                runtime.startupDuration().toMillis() / 1000.0, sinceJvmStart.toMillis() / 1000.0));
        return text.toString();
    }

    /** The libraries' informational logging (zonky, Flyway) would bury the few lines that matter. */
    private static void quietLibraryLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        FLYWAY_LOGGER.setLevel(Level.WARNING);
    }
}
