package io.shopfloor.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The demo organization the run command creates on its first start, so there is something to
 * sign in to: slug {@code demo}, one user per built-in role but viewer. Passwords are generated
 * once and kept in demo-logins.properties (mode 600) in the data directory.
 */
final class DemoTenant {

    static final String SLUG = "demo";
    private static final List<String> ROLES = List.of("admin", "manager", "worker");

    private DemoTenant() {
    }

    /**
     * Creates the demo tenant unless a tenant with its slug exists, and returns the sign-ins known
     * from {@code loginsFile} (none if the tenant exists but the file was removed).
     */
    static List<DemoLogin> ensure(DatabaseAccess database, Path loginsFile) {
        SecretsFile logins = new SecretsFile(loginsFile, "Sign-ins of the demo organization '" + SLUG + "'");
        try {
            Optional<?> existing;
            try (Connection owner = database.connectAsOwner()) {
                existing = TenantProvisioning.findTenantId(owner, SLUG);
            }
            if (existing.isPresent()) {
                return toLogins(logins.read());
            }
            Map<String, Supplier<String>> generators = new LinkedHashMap<>();
            ROLES.forEach(role -> generators.put(email(role), RandomSecrets::typeablePassword));
            Map<String, String> passwords = logins.readOrGenerate(generators);
            List<TenantProvisioning.NewUser> users = ROLES.stream()
                    .map(role -> new TenantProvisioning.NewUser(email(role), displayName(role), passwords.get(email(role)), role))
                    .toList();
            try (Connection owner = database.connectAsOwner()) {
                TenantProvisioning.createTenant(owner, SLUG, "Demo Workshop", "Europe/Berlin", "EUR", users);
            }
            return toLogins(passwords);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the demo organization", e);
        }
    }

    private static String email(String role) {
        return role + "@demo.example";
    }

    private static String displayName(String role) {
        return switch (role) {
            case "admin" -> "Demo Administrator";
            case "manager" -> "Demo Manager";
            case "worker" -> "Demo Worker";
            default -> "Demo " + role;
        };
    }

    private static List<DemoLogin> toLogins(Map<String, String> passwordsByEmail) {
        return ROLES.stream()
                .map(DemoTenant::email)
                .filter(passwordsByEmail::containsKey)
                .map(email -> new DemoLogin(SLUG, email, passwordsByEmail.get(email)))
                .toList();
    }
}
