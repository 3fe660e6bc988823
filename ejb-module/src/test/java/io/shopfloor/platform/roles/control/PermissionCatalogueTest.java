package io.shopfloor.platform.roles.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.security.control.PermissionMatcher;
import io.shopfloor.platform.security.control.RequiresPermission;

class PermissionCatalogueTest {

    @Test
    void knowsActionsOfItsModulesAndBothWildcards() {
        assertThat(PermissionCatalogue.isKnown("orders:read")).isTrue();
        assertThat(PermissionCatalogue.isKnown("production:work")).isTrue();
        assertThat(PermissionCatalogue.isKnown("orders:*")).isTrue();
        assertThat(PermissionCatalogue.isKnown("*")).isTrue();
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThat(PermissionCatalogue.isKnown("orders:work")).as("an action the module does not have").isFalse();
        assertThat(PermissionCatalogue.isKnown("audit:write")).isFalse();
        assertThat(PermissionCatalogue.isKnown("spaceships:read")).isFalse();
        assertThat(PermissionCatalogue.isKnown("*:read")).isFalse();
        assertThat(PermissionCatalogue.isKnown("orders")).isFalse();
        assertThat(PermissionCatalogue.isKnown(":read")).isFalse();
        assertThat(PermissionCatalogue.isKnown(null)).isFalse();
        assertThat(PermissionCatalogue.unknown(List.of("orders:read", "x:y", "audit:write"))).containsExactly("audit:write", "x:y");
    }

    @Test
    void everyGrantItKnowsIsOneTheDatabaseAccepts() {
        List<String> grants = new ArrayList<>(List.of("*"));
        PermissionCatalogue.MODULES.forEach(m -> {
            grants.add(m.key() + ":*");
            m.actions().forEach(a -> grants.add(m.key() + ":" + a));
        });
        assertThat(grants).allMatch(PermissionMatcher::isValidGrant);
        assertThat(PermissionCatalogue.ACTIONS).containsAll(PermissionCatalogue.MODULES.stream().flatMap(m -> m.actions().stream()).toList());
    }

    @Test
    void theBuiltInRolesOfTheSchemaGrantOnlyWhatTheCatalogueKnows() throws IOException {
        // The newest migration that (re)defines the seed function is the one new organizations get.
        Path folder = Path.of("..", "migrations", "src", "main", "resources", "db", "migration");
        String newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .filter(sql -> sql.contains("FUNCTION shopfloor.seed_builtin_roles()"))
                    .reduce((first, second) -> second).orElseThrow();
        }
        String seed = newest.substring(newest.indexOf("FUNCTION shopfloor.seed_builtin_roles()"));
        Set<String> seeded = new TreeSet<>();
        Matcher quoted = Pattern.compile("'(\\*|[a-z_]+:[a-z_*]+)'").matcher(seed.substring(0, seed.indexOf("$$;")));
        while (quoted.find()) {
            seeded.add(quoted.group(1));
        }
        assertThat(seeded).contains("*", "orders:*", "production:work", "products:*", "products:read");
        assertThat(PermissionCatalogue.unknown(seeded)).isEmpty();
    }

    @Test
    void everyPermissionAServiceRequiresIsInTheCatalogue() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RequiresPermission.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> required = new TreeSet<>();
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(classes)) {
            classFiles = walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList();
        }
        for (Path file : classFiles) {
            String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (type.isAnnotationPresent(RequiresPermission.class)) {
                required.add(type.getAnnotation(RequiresPermission.class).value());
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(RequiresPermission.class)) {
                    required.add(method.getAnnotation(RequiresPermission.class).value());
                }
            }
        }
        required.remove(RequiresPermission.SIGNED_IN);
        assertThat(required).contains("orders:write", "roles:write", "users:write");
        assertThat(PermissionCatalogue.unknown(required)).as("permissions services require but no role could be given").isEmpty();
    }
}
