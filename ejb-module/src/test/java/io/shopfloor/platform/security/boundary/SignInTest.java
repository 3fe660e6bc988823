package io.shopfloor.platform.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTest {

    @Test
    void typedValuesCannotForgeLogLines() {
        assertThat(SignIn.loggable("eve@x.example\n[SEVERE] admin signed in")).doesNotContain("\n").startsWith("eve@x.example?");
        assertThat(SignIn.loggable("a".repeat(500))).hasSize(101);
    }
}
