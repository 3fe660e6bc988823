package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shopfloor.platform.security.control.PasswordHashing;

import io.shopfloor.platform.security.boundary.SignIn;

/** The operator's command against a real, migrated PostgreSQL: the new administrator can sign in. */
class CreateOrganizationTest {

    @TempDir
    static Path temp;

    private static MigratedThrowawayDatabase postgres;
    private static DatabaseAccess database;

    @BeforeAll
    static void startDatabase() {
        postgres = MigratedThrowawayDatabase.start(temp);
        database = postgres.access();
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @Test
    void createsTheOrganizationAndPrintsTheAdministratorsPasswordOnce() throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CreateOrganization.run(args("globex"), env(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        Matcher password = Pattern.compile("password: +(\\S+)").matcher(printed);
        assertThat(password.find()).as(printed).isTrue();
        assertThat(password.group(1)).hasSize(19);
        assertThat(storedHash("globex", "hank@globex.example")).as("the printed password is the administrator's")
                .satisfies(hash -> assertThat(PasswordHashing.verify(password.group(1).toCharArray(), hash)).isTrue());

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(CreateOrganization.run(args("globex"), env(), System.out, new PrintStream(again, true, StandardCharsets.UTF_8)))
                .as("the slug is taken").isEqualTo(1);
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("exists already");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = args("Not A Slug");
        assertThat(CreateOrganization.run(args, env(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--slug must be");
        assertThat(CreateOrganization.run(args("initech"), Map.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .as("no database password").isEqualTo(2);
    }

    /** The password hash sign-in would check, looked up as the server does before a tenant is known. */
    private static String storedHash(String slug, String email) throws SQLException {
        try (Connection app = database.connectAsApp();
             PreparedStatement lookup = app.prepareStatement("SELECT password_hash FROM shopfloor.find_sign_in(?, ?)")) {
            lookup.setString(1, slug);
            lookup.setString(2, email);
            try (ResultSet row = lookup.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String[] args(String slug) {
        return new String[] {"--jdbc-url", database.jdbcUrl(), "--slug", slug, "--name", "Globex", "--timezone", "Europe/Vienna",
                "--admin-email", "hank@" + slug.replace(' ', '-') + ".example", "--admin-name", "Hank Scorpio"};
    }

    private static Map<String, String> env() {
        return Map.of("SHOPFLOOR_DB_OWNER_PASSWORD", database.owner().password());
    }
}
