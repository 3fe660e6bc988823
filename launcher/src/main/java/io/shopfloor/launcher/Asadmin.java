package io.shopfloor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Payara's asadmin as {@code java -jar glassfish/lib/client/appserver-cli.jar} with this
 * JVM's java, which is what bin/asadmin does, minus the shell script (and its executable bit).
 */
final class Asadmin {

    /** Commands that start a server get their own session, so Ctrl-C in the terminal does not reach it. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Path payaraHome;
    private final Path javaExecutable;

    Asadmin(Path payaraHome) {
        this.payaraHome = payaraHome;
        this.javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The outcome of one asadmin run. */
    record Result(List<String> command, int exitCode, String output, String errors) {

        boolean succeeded() {
            return exitCode == 0;
        }

        List<String> outputLines() {
            return output.lines().toList();
        }

        Result orThrow() {
            if (!succeeded()) {
                throw new IllegalStateException(describe());
            }
            return this;
        }

        String describe() {
            // The last argument list without the JVM part, e.g. "asadmin --port 8048 deploy ...".
            List<String> asadminArguments = command.subList(command.indexOf("-jar") + 2, command.size());
            return "asadmin " + String.join(" ", asadminArguments) + " exited with " + exitCode
                    + (output.isBlank() ? "" : "\n" + output.strip())
                    + (errors.isBlank() ? "" : "\n" + errors.strip());
        }
    }

    /** Runs asadmin with the given arguments (program options first, then the command) and waits. */
    Result run(Duration timeout, List<String> arguments) {
        return execute(timeout, arguments, false);
    }

    /** Like {@link #run}, but the process (and the server it starts) leaves the terminal's session. */
    Result runDetached(Duration timeout, List<String> arguments) {
        return execute(timeout, arguments, Files.isExecutable(SETSID));
    }

    private Result execute(Duration timeout, List<String> arguments, boolean newSession) {
        List<String> command = new ArrayList<>();
        if (newSession) {
            command.add(SETSID.toString());
        }
        command.add(javaExecutable.toString());
        command.add("-jar");
        command.add(payaraHome.resolve("glassfish/lib/client/appserver-cli.jar").toString());
        command.add("--interactive=false");
        command.addAll(arguments);
        Path output = null;
        Path errors = null;
        try {
            // Files rather than pipes: a server started by asadmin may inherit them and keep them open.
            output = Files.createTempFile("asadmin-", ".out");
            errors = Files.createTempFile("asadmin-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            builder.environment().put("TERM", "dumb"); // keeps its line editor from probing the terminal
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish within "
                        + timeout.toSeconds() + " s");
            }
            return new Result(command, process.exitValue(), clean(Files.readString(output, StandardCharsets.UTF_8)),
                    clean(Files.readString(errors, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run asadmin from " + payaraHome, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running asadmin " + String.join(" ", arguments), e);
        } finally {
            deleteQuietly(output);
            deleteQuietly(errors);
        }
    }

    /** Drops the line editor's complaint about a terminal it cannot query; it is not about the command. */
    private static String clean(String text) {
        return text.lines()
                .filter(line -> !line.startsWith("Unable to retrieve infocmp"))
                .reduce(new StringBuilder(), (all, line) -> all.append(line).append('\n'), StringBuilder::append)
                .toString();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }
}
