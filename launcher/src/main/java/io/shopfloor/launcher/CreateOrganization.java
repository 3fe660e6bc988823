package io.shopfloor.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform operator's command to create an organization with its first administrator, on any
 * installation (docs/operations.md, section 4). It connects as the owner role, because the
 * server's runtime role cannot create organizations, and prints the administrator's generated
 * initial password once.
 *
 * <pre>mvn -q -pl launcher exec:java -Dexec.mainClass=io.shopfloor.launcher.CreateOrganization \
 *     -Dexec.args="--jdbc-url jdbc:postgresql://db:5432/shopfloor --slug acme --name 'Acme Audio' \
 *                  --admin-email ada@acme.example --admin-name 'Ada Admin'"</pre>
 * The owner role's password comes from the environment variable SHOPFLOOR_DB_OWNER_PASSWORD or
 * the file named by {@code --db-password-file}.
 */
public final class CreateOrganization {

    private static final Set<String> OPTIONS = Set.of("jdbc-url", "db-user", "db-password-file", "slug", "name",
            "timezone", "currency", "admin-email", "admin-name");

    private CreateOrganization() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the command; returns the exit status (0 done, 2 bad input, 1 failure). */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options;
        String password;
        try {
            options = parse(args);
            password = databasePassword(options, env);
            check(options);
        } catch (IllegalArgumentException bad) {
            err.println("Cannot create the organization: " + bad.getMessage());
            err.println("Usage: --jdbc-url URL --slug SLUG --name NAME --admin-email EMAIL --admin-name NAME"
                    + " [--timezone Europe/Berlin] [--currency EUR] [--db-user shopfloor_owner] [--db-password-file FILE]");
            return 2;
        }
        String adminPassword = RandomSecrets.typeablePassword();
        try (Connection owner = DriverManager.getConnection(options.get("jdbc-url"), options.getOrDefault("db-user", "shopfloor_owner"), password)) {
            TenantProvisioning.createTenant(owner, options.get("slug"), options.get("name"),
                    options.getOrDefault("timezone", "UTC"), options.getOrDefault("currency", "EUR"),
                    List.of(new TenantProvisioning.NewUser(options.get("admin-email"), options.get("admin-name"), adminPassword, "admin")));
        } catch (SQLException e) {
            err.println("Cannot create the organization: " + ("23505".equals(e.getSQLState())
                    ? "the organization '" + options.get("slug") + "' or that e-mail address exists already" : e.getMessage()));
            return 1;
        }
        out.println("Organization '" + options.get("slug") + "' (" + options.get("name") + ") created.");
        out.println("Its administrator signs in to the console with");
        out.println("  organization: " + options.get("slug"));
        out.println("  e-mail:       " + options.get("admin-email"));
        out.println("  password:     " + adminPassword);
        out.println("This password is shown only now; the administrator should change it on their profile page.");
        return 0;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            options.put(name, args[i + 1].strip());
        }
        for (String required : List.of("jdbc-url", "slug", "name", "admin-email", "admin-name")) {
            if (options.getOrDefault(required, "").isEmpty()) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return options;
    }

    private static void check(Map<String, String> options) {
        if (!options.get("slug").matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw new IllegalArgumentException("--slug must be 2 to 63 characters of a-z, 0-9 and -, not starting with -");
        }
        if (!options.get("admin-email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("--admin-email must be an e-mail address");
        }
        try {
            ZoneId.of(options.getOrDefault("timezone", "UTC"));
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException("--timezone must be a time zone such as Europe/Berlin");
        }
        try {
            Currency.getInstance(options.getOrDefault("currency", "EUR"));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("--currency must be a three-letter currency code such as EUR");
        }
    }

    private static String databasePassword(Map<String, String> options, Map<String, String> env) {
        String file = options.get("db-password-file");
        if (file != null) {
            try {
                return Files.readString(Path.of(file)).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --db-password-file " + file + ": " + e.getMessage());
            }
        }
        String password = env.get("SHOPFLOOR_DB_OWNER_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("set SHOPFLOOR_DB_OWNER_PASSWORD or --db-password-file to the owner role's password");
        }
        return password;
    }
}
