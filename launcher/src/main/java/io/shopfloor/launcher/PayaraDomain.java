package io.shopfloor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Payara Server domain of Shopfloor's own: created with {@code --portbase} and no admin
 * password, started, configured by {@link DomainSetup}, given the EAR, stopped.
 *
 * <p>Ports follow Payara's port base: admin = base + 48, HTTP = base + 80, HTTPS = base + 81 (and
 * the others, Hazelcast included, are offsets too), so two domains with bases 100 apart never
 * collide.
 */
public final class PayaraDomain {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(10);

    private final Asadmin asadmin;
    private final Path payaraHome;
    private final Path domainsDirectory;
    private final String name;
    private final int portBase;

    /**
     * @param payaraHome       an installation from {@link PayaraDistribution#install}
     * @param domainsDirectory where the domain's directory is (created) — any directory
     * @param portBase         Payara's port base (see the class comment)
     */
    public PayaraDomain(Path payaraHome, Path domainsDirectory, String name, int portBase) {
        if (portBase < 1024 || portBase > 65_435) {
            throw new IllegalArgumentException("The port base must be between 1024 and 65435, not " + portBase);
        }
        this.asadmin = new Asadmin(payaraHome);
        this.payaraHome = payaraHome;
        this.domainsDirectory = domainsDirectory.toAbsolutePath();
        this.name = name;
        this.portBase = portBase;
    }

    public String name() {
        return name;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public int httpPort() {
        return portBase + 80;
    }

    public int httpsPort() {
        return portBase + 81;
    }

    public Path directory() {
        return domainsDirectory.resolve(name);
    }

    public Path serverLog() {
        return directory().resolve("logs/server.log");
    }

    public Path payaraHome() {
        return payaraHome;
    }

    public boolean exists() {
        return Files.isRegularFile(directory().resolve("config/domain.xml"));
    }

    /** Creates the domain (once; creating it takes Payara about 15 s, mostly for its TLS keys). */
    public void create() {
        local(COMMAND_TIMEOUT, "create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase),
                "--domaindir", domainsDirectory.toString(), name);
    }

    public boolean isRunning() {
        Asadmin.Result domains = local(COMMAND_TIMEOUT, "list-domains", "--domaindir", domainsDirectory.toString());
        return domains.outputLines().stream().anyMatch(line -> line.startsWith(name + " running"));
    }

    /**
     * Starts the server. It runs in a session of its own, so Ctrl-C in the terminal reaches only
     * the launcher, which then stops the server with {@link #stop()}.
     */
    public void start() {
        asadmin.runDetached(START_TIMEOUT, List.of("start-domain", "--domaindir", domainsDirectory.toString(), name))
                .orThrow();
    }

    public void stop() {
        local(START_TIMEOUT, "stop-domain", "--domaindir", domainsDirectory.toString(), name);
    }

    public void restart() {
        stop();
        start();
    }

    /** What applying the setup changed. */
    public record SetupOutcome(List<String> commandsRun, boolean restartRequired) {
    }

    /**
     * Applies config/payara/setup-domain.asadmin with {@code values}: first the guards' queries
     * (one asadmin run), then the commands they allow (another), with the application role's
     * password in a password file that exists only meanwhile. Throws if any command failed.
     */
    public SetupOutcome applySetup(DomainSetup setup, SetupValues values) {
        List<DomainSetup.Step> steps = setup.steps(values.placeholders());
        List<String> queries = DomainSetup.queries(steps);
        Map<String, Set<String>> answers = new HashMap<>();
        if (!queries.isEmpty()) {
            MultimodeReport report = multimode(queries, Map.of());
            if (report.outcomes().size() != queries.size() || !report.failures().isEmpty()) {
                throw new IllegalStateException("Cannot query the domain's state:\n" + report);
            }
            for (int i = 0; i < queries.size(); i++) {
                answers.put(queries.get(i), Set.copyOf(report.outcomes().get(i).output()));
            }
        }
        List<String> commands = new ArrayList<>(DomainSetup.commandsToRun(steps, answers::get));
        commands.add("_get-restart-required");
        MultimodeReport report = multimode(commands, Map.of("AS_ADMIN_ALIASPASSWORD", values.app().password()));
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException("Setting up the domain failed: " + report.failures().stream()
                    .map(failure -> failure.command() + " " + failure.output())
                    .collect(Collectors.joining("; ")));
        }
        List<MultimodeReport.Outcome> outcomes = report.outcomes();
        boolean restartRequired = !outcomes.isEmpty()
                && outcomes.get(outcomes.size() - 1).output().contains("true");
        return new SetupOutcome(commands.subList(0, commands.size() - 1), restartRequired);
    }

    /** Deploys (or replaces) an application: {@code asadmin deploy --force=true --name <name> <archive>}. */
    public void deploy(Path archive, String applicationName) {
        remote(DEPLOY_TIMEOUT, "deploy", "--force=true", "--name", applicationName, archive.toAbsolutePath().toString());
    }

    public void undeploy(String applicationName) {
        remote(DEPLOY_TIMEOUT, "undeploy", applicationName);
    }

    /** Runs any remote asadmin command against this domain, e.g. for a test's extra configuration. */
    public String asadmin(String... command) {
        return remote(COMMAND_TIMEOUT, command).output();
    }

    /**
     * Waits until {@code healthUri} answers 200 (MicroProfile Health: UP); on timeout, throws with
     * the last answer and the end of server.log.
     */
    public void awaitReady(URI healthUri, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(5)).GET().build();
        String[] lastAnswer = {"no answer"};
        try {
            Polling.await(timeout, Duration.ofMillis(250), () -> {
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    lastAnswer[0] = "HTTP " + response.statusCode() + " " + response.body();
                    return response.statusCode() == 200;
                } catch (IOException e) {
                    lastAnswer[0] = e.toString();
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, () -> "Shopfloor did not become ready within " + timeout.toSeconds() + " s: " + healthUri
                    + " answered " + lastAnswer[0] + "\nThe end of " + serverLog() + ":\n" + serverLogTail(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + healthUri, e);
        }
    }

    /** The last lines of server.log, for error messages. */
    public String serverLogTail(int lines) {
        try {
            List<String> all = Files.readAllLines(serverLog());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + serverLog() + ": " + e.getMessage() + ")";
        }
    }

    private Asadmin.Result local(Duration timeout, String... command) {
        return asadmin.run(timeout, List.of(command)).orThrow();
    }

    private Asadmin.Result remote(Duration timeout, String... command) {
        List<String> arguments = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(adminPort())));
        arguments.addAll(List.of(command));
        return asadmin.run(timeout, arguments).orThrow();
    }

    /** Runs commands in one asadmin JVM (each asadmin start costs about a second). */
    private MultimodeReport multimode(List<String> commands, Map<String, String> passwords) {
        Path workDirectory = null;
        try {
            workDirectory = Files.createTempDirectory("shopfloor-asadmin-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path commandFile = Files.writeString(workDirectory.resolve("commands.asadmin"), String.join("\n", commands) + "\n");
            List<String> arguments = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(adminPort())));
            if (!passwords.isEmpty()) {
                Properties passwordFile = new Properties();
                passwordFile.putAll(passwords);
                Path file = workDirectory.resolve("passwords");
                try (var out = Files.newOutputStream(file)) {
                    passwordFile.store(out, null);
                }
                arguments.addAll(List.of("--passwordfile", file.toString()));
            }
            arguments.addAll(List.of("multimode", "--file", commandFile.toString()));
            Asadmin.Result result = asadmin.run(DEPLOY_TIMEOUT, arguments).orThrow();
            MultimodeReport report = MultimodeReport.parse(result.output());
            if (!report.failures().isEmpty() && !result.errors().isBlank()) {
                // The reasons ("remote failure: ...") come on standard error.
                throw new IllegalStateException("asadmin commands failed: " + report.failures().stream()
                        .map(MultimodeReport.Outcome::command).collect(Collectors.joining(", "))
                        + "\n" + result.errors().strip());
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare an asadmin command file", e);
        } finally {
            if (workDirectory != null) {
                try {
                    PayaraDistribution.deleteRecursively(workDirectory);
                } catch (IOException ignored) {
                    // in the temporary directory, readable by this user only
                }
            }
        }
    }
}
