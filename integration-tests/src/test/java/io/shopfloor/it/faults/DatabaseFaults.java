package io.shopfloor.it.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and starts the test run's real PostgreSQL underneath the running Shopfloor: a fast
 * shutdown signal to its postmaster, then its own {@code pg_ctl} with the options it was started
 * with ({@code postmaster.opts}). The fault an operator's database has (a restart) without any
 * mock in between.
 */
final class DatabaseFaults {

    private final Path dataDirectory;
    private final Path pgCtl;
    private final List<String> options;

    DatabaseFaults(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        try {
            List<String> words = new ArrayList<>();
            Matcher quoted = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(Files.readString(dataDirectory.resolve("postmaster.opts")).strip());
            while (quoted.find()) {
                words.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
            }
            this.pgCtl = Path.of(words.get(0)).resolveSibling("pg_ctl");
            this.options = words.subList(1, words.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fast shutdown (SIGINT to the postmaster): open sessions end, committed data stays. Waits until it is gone. */
    void stop() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
            run(List.of("kill", "-INT", Long.toString(pid)));
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts it again on the same port and data, and waits until it accepts connections. */
    void start() {
        StringBuilder postgresOptions = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("-D")) {
                i++;
                continue;
            }
            postgresOptions.append(' ').append('\'').append(options.get(i).replace("'", "'\\''")).append('\'');
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; as the embedded binaries' own start does, run it in a user namespace.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "start", "-D", dataDirectory.toString(), "-w", "-t", "60",
                "-l", dataDirectory.resolveSibling("postgres-restarts.log").toString(), "-o", postgresOptions.toString().strip()));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
