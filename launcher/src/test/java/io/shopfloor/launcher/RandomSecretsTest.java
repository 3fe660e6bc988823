package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RandomSecretsTest {

    @Test
    void typeablePasswordsAreFourGroupsOfUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = RandomSecrets.typeablePassword();
            assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}");
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void databasePasswordsAreLongAndNeedNoQuoting() {
        assertThat(RandomSecrets.databasePassword()).matches("[A-Za-z0-9]{32}");
    }
}
