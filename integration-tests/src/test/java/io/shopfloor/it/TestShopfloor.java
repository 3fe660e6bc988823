package io.shopfloor.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.it.services.TestOrganizations;
import io.shopfloor.launcher.ShopfloorRuntime;
import io.shopfloor.launcher.TenantProvisioning;
import io.shopfloor.launcher.TenantProvisioning.NewUser;
import io.shopfloor.platform.security.control.ApiTokenHashing;

/**
 * One Shopfloor for the whole test run: throwaway data directory, embedded PostgreSQL on a free
 * port, a Payara Server domain on its own port base with a pool of at most 2 connections, the
 * built EAR deployed, and two organizations with one user per built-in role.
 */
public final class TestShopfloor {

    public static final String PASSWORD = TestOrganizations.PASSWORD;

    /** An organization made for the tests: its users' e-mails by role, and an API token per role. */
    public record Organization(UUID tenantId, String slug, Map<String, String> emailByRole, Map<String, String> tokenByRole) {

        public String email(String role) {
            return emailByRole.get(role);
        }

        public String token(String role) {
            return tokenByRole.get(role);
        }
    }

    private static TestShopfloor instance;
    private static Exception startFailure;

    private final ShopfloorRuntime runtime;
    private final Organization acme;
    private final Organization globex;

    private TestShopfloor() throws IOException, SQLException {
        Path data = Path.of(System.getProperty("shopfloor.it.data", "target/it-data"));
        deleteRecursively(data);
        Files.createDirectories(data);
        runtime = ShopfloorRuntime.options()
                .dataDirectory(data)
                .embeddedDatabase(0)
                .portBase(Integer.getInteger("shopfloor.it.portBase", 28000))
                .poolSize(1, 2)
                .demoTenant(true)
                .ear(Path.of(System.getProperty("shopfloor.ear", "../ear/target/shopfloor.ear")))
                .log(line -> System.out.println("[shopfloor] " + line))
                .start();
        acme = organization(TestOrganizations.ACME);
        defineFinishField(acme.tenantId());
        globex = organization(TestOrganizations.GLOBEX);
        // Where the in-container tests' Arquillian adapter finds this running domain (arquillian.xml).
        System.setProperty("shopfloor.it.payaraHome", runtime.domain().payaraHome().toString());
        System.setProperty("shopfloor.it.domain", runtime.domain().name());
        System.setProperty("shopfloor.it.adminPort", String.valueOf(runtime.domain().adminPort()));
    }

    public static synchronized TestShopfloor get() {
        if (startFailure != null) {
            throw new IllegalStateException("The test Shopfloor did not start; see the first failure", startFailure);
        }
        if (instance == null) {
            try {
                instance = new TestShopfloor();
            } catch (IOException | SQLException | RuntimeException e) {
                startFailure = e;
                throw new IllegalStateException("The test Shopfloor did not start", e);
            }
        }
        return instance;
    }

    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.runtime.close();
            instance = null;
        }
    }

    /** {@code http://127.0.0.1:<port>/shopfloor}: the staff screens. */
    public String staffUrl() {
        return runtime.baseUri().resolve("shopfloor").toString();
    }

    public String consoleUrl() {
        return runtime.baseUri().resolve("console").toString();
    }

    public String apiUrl() {
        return runtime.baseUri().resolve("shopfloor/api/v1").toString();
    }

    public String healthUrl() {
        return runtime.healthUri().toString();
    }

    public Organization acme() {
        return acme;
    }

    public Organization globex() {
        return globex;
    }

    /** The demo organization's sign-in for a role (admin, manager, worker), as the run command makes it. */
    public io.shopfloor.launcher.DemoLogin demo(String role) {
        return runtime.demoLogins().stream().filter(login -> login.email().startsWith(role + "@")).findFirst().orElseThrow();
    }

    public ShopfloorRuntime runtime() {
        return runtime;
    }

    /** A fresh organization with one user per built-in role, for tests that change its settings. */
    public Organization newOrganization(String slug) {
        try {
            return organization(slug);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create organization " + slug, e);
        }
    }

    private Organization organization(String slug) throws SQLException {
        List<String> roles = List.of("admin", "manager", "worker", "viewer");
        try (Connection owner = runtime.database().connectAsOwner(); Connection app = runtime.database().connectAsApp()) {
            TenantProvisioning.ProvisionedTenant tenant = TenantProvisioning.createTenant(owner, slug, "Org " + slug,
                    "Europe/Berlin", "EUR", roles.stream()
                            .map(role -> new NewUser(TestOrganizations.email(role, slug), role + " of " + slug, PASSWORD, role))
                            .toList());
            Map<String, String> emails = new java.util.LinkedHashMap<>();
            Map<String, String> tokens = new java.util.LinkedHashMap<>();
            for (String role : roles) {
                String email = TestOrganizations.email(role, slug);
                emails.put(role, email);
                tokens.put(role, createApiToken(app, tenant.tenantId(), tenant.userIdsByEmail().get(email)));
            }
            return new Organization(tenant.tenantId(), slug, Map.copyOf(emails), Map.copyOf(tokens));
        }
    }

    /** An optional single-select custom field "finish" on acme's orders (matte, gloss). */
    private void defineFinishField(UUID tenantId) throws SQLException {
        try (Connection app = runtime.database().connectAsApp()) {
            app.setAutoCommit(false);
            try (PreparedStatement tenant = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement insert = app.prepareStatement("""
                         INSERT INTO shopfloor.custom_field_definitions (tenant_id, entity_type, field_key, label, field_type, options)
                         VALUES (?, 'orders', 'finish', 'Finish', 'single_select', '["matte", "gloss"]')""")) {
                tenant.setString(1, tenantId.toString());
                tenant.execute();
                insert.setObject(1, tenantId);
                insert.executeUpdate();
                app.commit();
            }
        }
    }

    /** Stores a new token's hash for the user, as the application role inside the user's tenant. */
    private static String createApiToken(Connection app, UUID tenantId, UUID userId) throws SQLException {
        String token = ApiTokenHashing.newToken();
        app.setAutoCommit(false);
        try (PreparedStatement tenant = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
             PreparedStatement insert = app.prepareStatement(
                     "INSERT INTO shopfloor.api_tokens (tenant_id, user_id, name, token_hash) VALUES (?, ?, 'integration tests', ?)")) {
            tenant.setString(1, tenantId.toString());
            tenant.execute();
            insert.setObject(1, tenantId);
            insert.setObject(2, userId);
            insert.setBytes(3, ApiTokenHashing.hash(token));
            insert.executeUpdate();
            app.commit();
        } finally {
            app.setAutoCommit(true);
        }
        return token;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
