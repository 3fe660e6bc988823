package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherSettingsTest {

    @TempDir
    Path temp;

    @Test
    void withoutSettingsPostgresqlIsEmbeddedAndDataStaysInTheRepository() {
        Properties system = new Properties();
        system.setProperty("shopfloor.repository.dir", "/work/repo/launcher/..");
        system.setProperty("shopfloor.ear", "/work/repo/ear/target/shopfloor.ear");

        LauncherSettings settings = LauncherSettings.from(Map.of(), system);

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/work/repo/.data"));
        assertThat(settings.externalDatabase()).isEmpty();
        assertThat(settings.embeddedDatabasePort()).isEqualTo(15432);
        assertThat(settings.databaseName()).isEqualTo("shopfloor");
        assertThat(settings.ownerRole()).isEqualTo("shopfloor_owner");
        assertThat(settings.appRole()).isEqualTo("shopfloor_app");
        assertThat(settings.portBase()).isEqualTo(8000);
        assertThat(settings.httpAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.poolSteadySize()).isEqualTo(2);
        assertThat(settings.poolMaxSize()).isEqualTo(32);
        assertThat(settings.ear()).contains(Path.of("/work/repo/ear/target/shopfloor.ear"));
        assertThat(settings.demoWorkshop()).as("demo organizations filled").isTrue();
    }

    @Test
    void theDemoOrganizationsCanStartEmpty() {
        assertThat(LauncherSettings.from(Map.of("SHOPFLOOR_DEMO_DATA", "false"), new Properties()).demoWorkshop()).isFalse();
        assertThat(LauncherSettings.from(Map.of("SHOPFLOOR_DEMO_DATA", "true"), new Properties()).demoWorkshop()).isTrue();
    }

    @Test
    void environmentOverridesTheDefaults() {
        Map<String, String> environment = Map.of(
                "SHOPFLOOR_DATA_DIR", temp.toString(),
                "SHOPFLOOR_DB_PORT", "25432",
                "SHOPFLOOR_PORT_BASE", "9000",
                "SHOPFLOOR_HTTP_ADDRESS", "0.0.0.0",
                "SHOPFLOOR_DB_POOL_STEADY", "1",
                "SHOPFLOOR_DB_POOL_MAX", "2");

        LauncherSettings settings = LauncherSettings.from(environment, new Properties());

        assertThat(settings.dataDirectory()).isEqualTo(temp);
        assertThat(settings.embeddedDatabasePort()).isEqualTo(25432);
        assertThat(settings.portBase()).isEqualTo(9000);
        assertThat(settings.httpAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.poolMaxSize()).isEqualTo(2);
        assertThat(settings.toOptions().usesEmbeddedDatabase()).isTrue();
    }

    @Test
    void aDatabaseHostSelectsTheExternalPostgresqlWithPasswordsFromFiles() throws IOException {
        Path ownerPassword = Files.writeString(temp.resolve("owner"), "owner secret\n");
        Map<String, String> environment = new HashMap<>();
        environment.put("SHOPFLOOR_DB_HOST", "db.example.com");
        environment.put("SHOPFLOOR_DB_OWNER", "sf_owner");
        environment.put("SHOPFLOOR_DB_OWNER_PASSWORD_FILE", ownerPassword.toString());
        environment.put("SHOPFLOOR_DB_APP", "sf_app");
        environment.put("SHOPFLOOR_DB_APP_PASSWORD", "app secret");

        LauncherSettings settings = LauncherSettings.from(environment, new Properties());

        DatabaseAccess database = settings.externalDatabase().orElseThrow();
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/shopfloor");
        assertThat(database.owner()).isEqualTo(new Credentials("sf_owner", "owner secret"));
        assertThat(database.app()).isEqualTo(new Credentials("sf_app", "app secret"));
        assertThat(database.app().toString()).doesNotContain("app secret");
        assertThat(settings.toOptions().usesEmbeddedDatabase()).isFalse();
    }

    @Test
    void anExternalDatabaseNeedsBothPasswords() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("SHOPFLOOR_DB_HOST", "db", "SHOPFLOOR_DB_APP_PASSWORD", "x"),
                new Properties()))
                .hasMessageContaining("SHOPFLOOR_DB_OWNER_PASSWORD");
    }

    @Test
    void nonsenseIsRejectedWithTheSettingsName() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("SHOPFLOOR_PORT_BASE", "eighty"), new Properties()))
                .hasMessageContaining("SHOPFLOOR_PORT_BASE");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("SHOPFLOOR_PORT_BASE", "80"), new Properties()))
                .hasMessageContaining("SHOPFLOOR_PORT_BASE");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("SHOPFLOOR_DB_POOL_STEADY", "8", "SHOPFLOOR_DB_POOL_MAX", "4"),
                new Properties()))
                .hasMessageContaining("SHOPFLOOR_DB_POOL_MAX");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("SHOPFLOOR_DB_APP", "shopfloor_owner"), new Properties()))
                .hasMessageContaining("different roles");
    }

    @Test
    void propertiesMavenLeftUnresolvedCountAsUnset() {
        Properties system = new Properties();
        system.setProperty("shopfloor.ear", "${io.shopfloor:shopfloor-ear:ear}");

        assertThat(LauncherSettings.from(Map.of(), system).ear()).isEmpty();
    }
}
