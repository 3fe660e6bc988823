package io.shopfloor.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asadmin commands that prepare a domain for Shopfloor, read from
 * config/payara/setup-domain.asadmin (packaged in the shopfloor-config jar): the file operators
 * apply with config/payara/setup-domain.sh, so the two never drift apart.
 *
 * <p>The file's format: one asadmin command per line, {@code #} comments, {@code ${NAME}}
 * placeholders, and guards ({@code #? if|unless "<query>" lists "<line>"}) that keep the next
 * command only if the query's output does or does not contain that line.
 */
public final class DomainSetup {

    /** Where the shopfloor-config jar puts config/payara/setup-domain.asadmin. */
    public static final String RESOURCE = "/io/shopfloor/config/payara/setup-domain.asadmin";

    /** The name of the password alias the pool's password property refers to. */
    public static final String PASSWORD_ALIAS = "shopfloor-db-password";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern GUARD = Pattern.compile("^#\\?\\s+(if|unless)\\s+\"([^\"]+)\"\\s+lists\\s+\"([^\"]+)\"\\s*$");

    /** A condition on the domain's current state: does {@code query}'s output contain {@code line}? */
    public record Guard(boolean runIfListed, String query, String line) {

        boolean allows(Set<String> queryOutput) {
            return queryOutput.contains(line) == runIfListed;
        }
    }

    /** One command, with the guard that decides whether it runs (if any). */
    public record Step(Optional<Guard> guard, String command) {
    }

    private final String template;

    private DomainSetup(String template) {
        this.template = template;
    }

    /** The commands as packaged in the shopfloor-config jar. */
    public static DomainSetup fromClasspath() {
        try (InputStream in = DomainSetup.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the shopfloor-config jar must be on the class path");
            }
            return new DomainSetup(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public static DomainSetup of(String template) {
        return new DomainSetup(template);
    }

    /** The placeholder names the file uses. */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The commands with their guards, placeholders filled in from {@code values}. */
    public List<Step> steps(Map<String, String> values) {
        List<Step> steps = new ArrayList<>();
        Guard pendingGuard = null;
        int lineNumber = 0;
        for (String line : render(template, values).lines().toList()) {
            lineNumber++;
            String trimmed = line.strip();
            Matcher guard = GUARD.matcher(trimmed);
            if (guard.matches()) {
                if (pendingGuard != null) {
                    throw new IllegalArgumentException("Line " + lineNumber + ": two guards before one command");
                }
                pendingGuard = new Guard(guard.group(1).equals("if"), guard.group(2), guard.group(3));
            } else if (trimmed.startsWith("#?")) {
                throw new IllegalArgumentException("Line " + lineNumber + ": malformed guard: " + trimmed);
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                steps.add(new Step(Optional.ofNullable(pendingGuard), trimmed));
                pendingGuard = null;
            }
        }
        if (pendingGuard != null) {
            throw new IllegalArgumentException("The last guard has no command after it");
        }
        return steps;
    }

    /**
     * A digest of everything applying these values would write: the rendered commands and the
     * alias password. Equal digests mean applying again would change nothing.
     */
    public String fingerprint(SetupValues values) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(render(template, values.placeholders()).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(values.app().password().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The distinct queries the guards ask, in the order they appear. */
    public static List<String> queries(List<Step> steps) {
        Set<String> queries = new LinkedHashSet<>();
        steps.forEach(step -> step.guard().ifPresent(guard -> queries.add(guard.query())));
        return List.copyOf(queries);
    }

    /** The commands whose guards allow them, given each query's output lines. */
    public static List<String> commandsToRun(List<Step> steps, Function<String, Set<String>> queryOutput) {
        return steps.stream()
                .filter(step -> step.guard().map(guard -> guard.allows(queryOutput.apply(guard.query()))).orElse(true))
                .map(Step::command)
                .toList();
    }

    /**
     * Fills in every {@code ${NAME}}; Payara's {@code ${ALIAS=...}} has no closing brace right
     * after the name and is left alone. A placeholder without a value is an error, and so is a
     * value that asadmin's line parsing would split or unquote.
     */
    static String render(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rendered = new StringBuilder();
        Set<String> missing = new TreeSet<>();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                missing.add(matcher.group(1));
                value = "";
            }
            requireSafeValue(matcher.group(1), value);
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No value for " + String.join(", ", missing));
        }
        return rendered.toString();
    }

    private static void requireSafeValue(String name, String value) {
        if (value.chars().anyMatch(c -> c == '"' || Character.isISOControl(c))) {
            throw new IllegalArgumentException(name + " must not contain quotes or control characters");
        }
        if (!name.endsWith("_JAR") && value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(name + " must not contain blanks: " + value);
        }
    }
}
