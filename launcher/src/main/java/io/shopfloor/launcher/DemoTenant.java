package io.shopfloor.launcher;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo organizations the run command creates on its first start, so there is something to sign
 * in to: the workshop {@code demo} (Berlin, euros) and {@code lotus} (Hanoi, dong), which shows the
 * wall between organizations. Each has a sign-in per built-in role but viewer, with passwords
 * generated once and kept in a file (mode 600) in the data directory, and three more workers
 * without a password. Unless told otherwise, each is filled with its {@link DemoWorkshop}.
 */
final class DemoTenant {

    static final String SLUG = "demo";
    private static final List<String> ROLES = List.of("admin", "manager", "worker");

    /** A demo organization: who signs in (by role), the other workers, the workshop to fill it with. */
    record Organization(String slug, String name, String timezone, String currency, String mailDomain,
                        Map<String, String> signIns, List<String> otherWorkers, DemoWorkshop.Plan plan) {

        String email(String role) {
            return role + "@" + mailDomain;
        }

        String loginsFileName() {
            return SLUG.equals(slug) ? "demo-logins.properties" : "demo-" + slug + "-logins.properties";
        }
    }

    static final Organization DEMO = new Organization(SLUG, "Demo Workshop", "Europe/Berlin", "EUR", "demo.example",
            Map.of("admin", "Demo Administrator", "manager", "Demo Manager", "worker", "Demo Worker"),
            List.of("Jonas Becker", "Amira Haddad", "Lukas Schmidt"),
            new DemoWorkshop.Plan(2026_000L, 12, 2.4, List.of(
                    "Nguyễn Văn An", "Trần Thị Bích", "Mia Hoffmann", "Liam O'Connor", "Sofia Rossi", "Jakub Nowak",
                    "Emma Lindqvist", "Noah Fischer", "Chloé Martin", "Mateo García", "Hannah Weber", "Oliver Smith",
                    "Yuki Tanaka", "Lars Eriksen", "Ava Johnson", "Elif Yılmaz", "Lucas Dubois", "Zofia Kowalska",
                    "Ethan Brown", "Isabella Costa", "Phạm Minh Đức", "Greta Müller", "Aarav Patel", "Ines Ferreira",
                    "Tomáš Dvořák", "Sara Berg", "Jack Wilson", "Léa Bernard", "Finn Janssen", "Studio Nordlicht GmbH"),
                    "+49 30", BigDecimal.ONE));

    static final Organization LOTUS = new Organization("lotus", "Lotus Audio Hà Nội", "Asia/Ho_Chi_Minh", "VND", "lotus.example",
            Map.of("admin", "Nguyễn Thị Lan", "manager", "Trần Quốc Huy", "worker", "Lê Văn Nam"),
            List.of("Phạm Thu Trang", "Vũ Đức Anh", "Hoàng Minh Châu"),
            new DemoWorkshop.Plan(2026_002L, 8, 1.2, List.of(
                    "Đặng Thị Mai", "Bùi Văn Long", "Ngô Thanh Hà", "Đỗ Quang Vinh", "Hồ Ngọc Ánh", "Dương Gia Bảo",
                    "Lý Thu Thảo", "Trịnh Công Sơn Audio", "Phan Hải Yến", "Võ Minh Khoa", "Công ty TNHH Âm Thanh Việt",
                    "Mai Anh Tuấn"),
                    "+84 24", BigDecimal.valueOf(27_000)));

    /** The sign-ins known, and what was built on this start ("demo: 5 models, ..."), empty when nothing was. */
    record Demo(List<DemoLogin> logins, List<String> built) {
    }

    private DemoTenant() {
    }

    /**
     * Creates each demo organization unless one with its slug exists (filled with its workshop when
     * {@code withWorkshop}), and returns the sign-ins known from the files in {@code dataDirectory}
     * (none for an organization that exists but whose file was removed).
     */
    static Demo ensure(DatabaseAccess database, Path dataDirectory, boolean withWorkshop) {
        List<DemoLogin> logins = new ArrayList<>();
        List<String> built = new ArrayList<>();
        for (Organization organization : List.of(DEMO, LOTUS)) {
            logins.addAll(ensure(database, dataDirectory.resolve(organization.loginsFileName()), organization, withWorkshop, built));
        }
        return new Demo(List.copyOf(logins), List.copyOf(built));
    }

    private static List<DemoLogin> ensure(DatabaseAccess database, Path loginsFile, Organization organization, boolean withWorkshop,
                                          List<String> built) {
        SecretsFile logins = new SecretsFile(loginsFile, "Sign-ins of the demo organization '" + organization.slug() + "'");
        try {
            try (Connection owner = database.connectAsOwner()) {
                if (TenantProvisioning.findTenantId(owner, organization.slug()).isPresent()) {
                    return toLogins(organization, logins.read());
                }
            }
            Map<String, Supplier<String>> generators = new LinkedHashMap<>();
            ROLES.forEach(role -> generators.put(organization.email(role), RandomSecrets::typeablePassword));
            Map<String, String> passwords = logins.readOrGenerate(generators);
            List<TenantProvisioning.NewUser> users = new ArrayList<>();
            ROLES.forEach(role -> users.add(new TenantProvisioning.NewUser(organization.email(role), organization.signIns().get(role),
                    passwords.get(organization.email(role)), role)));
            List<String> workerEmails = new ArrayList<>(List.of(organization.email("worker")));
            for (String name : organization.otherWorkers()) {
                String email = name.split(" ")[0].toLowerCase() + "." + workerEmails.size() + "@" + organization.mailDomain();
                users.add(new TenantProvisioning.NewUser(DemoWorkshop.ascii(email), name, null, "worker"));
                workerEmails.add(DemoWorkshop.ascii(email));
            }
            TenantProvisioning.ProvisionedTenant tenant;
            try (Connection owner = database.connectAsOwner()) {
                tenant = TenantProvisioning.createTenant(owner, organization.slug(), organization.name(), organization.timezone(),
                        organization.currency(), users);
            }
            if (withWorkshop) {
                DemoWorkshop.Staff staff = new DemoWorkshop.Staff(tenant.userIdsByEmail().get(organization.email("manager")),
                        workerEmails.stream().map(tenant.userIdsByEmail()::get).toList());
                try (Connection app = database.connectAsApp()) {
                    DemoWorkshop.Summary summary = DemoWorkshop.build(app, tenant.tenantId(), organization.plan(), staff,
                            LocalDate.now(ZoneId.of(organization.timezone())));
                    built.add(organization.slug() + ": " + summary);
                }
            }
            return toLogins(organization, passwords);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the demo organization '" + organization.slug() + "'", e);
        }
    }

    private static List<DemoLogin> toLogins(Organization organization, Map<String, String> passwordsByEmail) {
        return ROLES.stream()
                .map(organization::email)
                .filter(passwordsByEmail::containsKey)
                .map(email -> new DemoLogin(organization.slug(), email, passwordsByEmail.get(email)))
                .toList();
    }
}
