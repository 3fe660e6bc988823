package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsFileTest {

    @TempDir
    Path temp;

    @Test
    void generatesOnceKeepsForeverAndOnlyTheOwnerCanRead() throws IOException {
        SecretsFile secrets = new SecretsFile(temp.resolve("data/credentials.properties"), "test");
        AtomicInteger generated = new AtomicInteger();
        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        generators.put("owner.password", () -> "first-" + generated.incrementAndGet());

        Map<String, String> first = secrets.readOrGenerate(generators);
        Map<String, String> second = secrets.readOrGenerate(generators);

        assertThat(first).containsEntry("owner.password", "first-1");
        assertThat(second).isEqualTo(first);
        assertThat(generated).hasValue(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.file()))).isEqualTo("rw-------");
    }

    @Test
    void aNewKeyIsAddedWithoutTouchingTheOthers() {
        SecretsFile secrets = new SecretsFile(temp.resolve("logins.properties"), "test");
        secrets.write(Map.of("a@demo.example", "kept = with: odd\\chars"));

        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        generators.put("a@demo.example", () -> "replaced");
        generators.put("b@demo.example", () -> "new");

        assertThat(secrets.readOrGenerate(generators))
                .containsEntry("a@demo.example", "kept = with: odd\\chars")
                .containsEntry("b@demo.example", "new");
        assertThat(secrets.read()).hasSize(2);
    }
}
