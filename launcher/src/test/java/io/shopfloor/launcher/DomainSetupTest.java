package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DomainSetupTest {

    private static final SetupValues VALUES = new SetupValues(Path.of("/opt/drivers/postgresql-42.7.14.jar"), "db.internal",
            5433, "shopfloor", new Credentials("shopfloor_app", "not-in-the-file"), 2, 32, "127.0.0.1");

    @Test
    void theConfigFileUsesExactlyThePlaceholdersTheLauncherFillsIn() {
        assertThat(DomainSetup.fromClasspath().placeholders()).isEqualTo(VALUES.placeholders().keySet());
    }

    @Test
    void theOperatorsScriptFillsInTheSamePlaceholders() throws IOException {
        String script = resource("/io/shopfloor/config/payara/setup-domain.sh");
        Matcher list = Pattern.compile("placeholders=\\(([^)]*)\\)").matcher(script);
        assertThat(list.find()).isTrue();
        Set<String> scriptPlaceholders = new TreeSet<>(Arrays.asList(list.group(1).strip().split("\\s+")));
        assertThat(scriptPlaceholders).isEqualTo(DomainSetup.fromClasspath().placeholders());
    }

    @Test
    void renderingTheConfigFileLeavesOnlyPayarasAliasSyntax() {
        List<DomainSetup.Step> steps = DomainSetup.fromClasspath().steps(VALUES.placeholders());

        assertThat(steps).extracting(DomainSetup.Step::command)
                .contains("add-library \"/opt/drivers/postgresql-42.7.14.jar\"",
                        "set resources.jdbc-connection-pool.shopfloor-pool.property.serverName=db.internal",
                        "set resources.jdbc-connection-pool.shopfloor-pool.property.portNumber=5433",
                        "set resources.jdbc-connection-pool.shopfloor-pool.max-pool-size=32",
                        "set resources.jdbc-connection-pool.shopfloor-pool.property.password=${ALIAS=shopfloor-db-password}")
                .noneMatch(command -> command.contains("${SHOPFLOOR_"))
                .noneMatch(command -> command.contains("not-in-the-file"));
    }

    @Test
    void everyCreateCommandIsGuardedSoTheFileCanBeAppliedAgain() {
        List<DomainSetup.Step> steps = DomainSetup.fromClasspath().steps(VALUES.placeholders());

        assertThat(steps).filteredOn(step -> step.command().startsWith("create-"))
                .isNotEmpty()
                .allMatch(step -> step.guard().isPresent() && !step.guard().get().runIfListed());
    }

    @Test
    void onAFreshDomainTheAliasIsCreatedAndOnAConfiguredOneUpdated() {
        List<DomainSetup.Step> steps = DomainSetup.fromClasspath().steps(VALUES.placeholders());

        List<String> fresh = DomainSetup.commandsToRun(steps, query -> Set.of("Nothing to list."));
        Set<String> everythingListed = Set.of("shopfloor-db-password", "shopfloor-pool", "jdbc/shopfloor",
                "configs.config.server-config.microprofile-healthcheck-configuration.enabled=true");
        List<String> configured = DomainSetup.commandsToRun(steps, query -> everythingListed);

        assertThat(fresh).contains("create-password-alias shopfloor-db-password", "set-microprofile-healthcheck-configuration --enabled=true")
                .doesNotContain("update-password-alias shopfloor-db-password")
                .anyMatch(command -> command.startsWith("create-jdbc-connection-pool"));
        assertThat(configured).contains("update-password-alias shopfloor-db-password")
                .noneMatch(command -> command.startsWith("create-"))
                .doesNotContain("set-microprofile-healthcheck-configuration --enabled=true")
                .anyMatch(command -> command.startsWith("set resources.jdbc-connection-pool.shopfloor-pool.max-pool-size="));
    }

    @Test
    void theQueriesAreAskedOnceEach() {
        List<DomainSetup.Step> steps = DomainSetup.fromClasspath().steps(VALUES.placeholders());

        assertThat(DomainSetup.queries(steps)).containsExactly("list-password-aliases", "list-jdbc-connection-pools",
                "list-jdbc-resources", "get configs.config.server-config.microprofile-healthcheck-configuration.enabled",
                "get configs.config.server-config.microprofile-metrics-configuration.enabled");
    }

    @Test
    void aGuardSelectsByExactLine() {
        DomainSetup setup = DomainSetup.of("""
                # comment
                #? if "list-things" lists "b"
                run-if-b
                #? unless "list-things" lists "b"

                run-unless-b
                plain ${NAME}
                """);
        List<DomainSetup.Step> steps = setup.steps(Map.of("NAME", "x"));

        assertThat(DomainSetup.commandsToRun(steps, query -> Set.of("a", "b"))).containsExactly("run-if-b", "plain x");
        assertThat(DomainSetup.commandsToRun(steps, query -> Set.of("a", "bb"))).containsExactly("run-unless-b", "plain x");
    }

    @Test
    void theFingerprintChangesWithEveryValueAndThePassword() {
        DomainSetup setup = DomainSetup.fromClasspath();
        SetupValues otherPool = new SetupValues(VALUES.jdbcDriverJar(), VALUES.databaseHost(), VALUES.databasePort(),
                VALUES.databaseName(), VALUES.app(), 1, 2, VALUES.httpAddress());
        SetupValues otherPassword = new SetupValues(VALUES.jdbcDriverJar(), VALUES.databaseHost(), VALUES.databasePort(),
                VALUES.databaseName(), new Credentials("shopfloor_app", "rotated"), 2, 32, VALUES.httpAddress());

        assertThat(setup.fingerprint(VALUES)).isEqualTo(setup.fingerprint(VALUES)).hasSize(64)
                .isNotEqualTo(setup.fingerprint(otherPool))
                .isNotEqualTo(setup.fingerprint(otherPassword));
    }

    @Test
    void aMissingValueIsAnError() {
        assertThatThrownBy(() -> DomainSetup.render("host ${HOST} port ${PORT}", Map.of("HOST", "h")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PORT");
    }

    @Test
    void valuesThatAsadminWouldSplitOrUnquoteAreRejected() {
        assertThatThrownBy(() -> DomainSetup.render("set x=${HOST}", Map.of("HOST", "two words")))
                .hasMessageContaining("blanks");
        assertThatThrownBy(() -> DomainSetup.render("set x=${HOST}", Map.of("HOST", "a\"b")))
                .hasMessageContaining("quotes");
        assertThatThrownBy(() -> DomainSetup.render("set x=${HOST}", Map.of("HOST", "a\nrm -rf")))
                .hasMessageContaining("control");
        assertThat(DomainSetup.render("add-library \"${DRIVER_JAR}\"", Map.of("DRIVER_JAR", "/a b/c.jar")))
                .isEqualTo("add-library \"/a b/c.jar\"");
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertThat(DomainSetup.render("set x=${V} y=${ALIAS=keep}", Map.of("V", "$1\\2")))
                .isEqualTo("set x=$1\\2 y=${ALIAS=keep}");
    }

    @Test
    void malformedGuardsAreErrors() {
        assertThatThrownBy(() -> DomainSetup.of("#? if list-things lists b\ncmd\n").steps(Map.of()))
                .hasMessageContaining("malformed guard");
        assertThatThrownBy(() -> DomainSetup.of("#? if \"q\" lists \"a\"\n#? if \"q\" lists \"b\"\ncmd\n").steps(Map.of()))
                .hasMessageContaining("two guards");
        assertThatThrownBy(() -> DomainSetup.of("cmd\n#? if \"q\" lists \"a\"\n").steps(Map.of()))
                .hasMessageContaining("no command after it");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DomainSetupTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
