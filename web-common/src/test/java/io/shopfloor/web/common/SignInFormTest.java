package io.shopfloor.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInFormTest {

    @Test
    void returnsOnlyToPathsInsideTheApplication() {
        assertThat(SignInForm.safeReturn("/shopfloor", "/shopfloor/orders.xhtml?status=pending")).isEqualTo("/shopfloor/orders.xhtml?status=pending");
        assertThat(SignInForm.safeReturn("/shopfloor", "https://evil.example/")).isEqualTo("/shopfloor/");
        assertThat(SignInForm.safeReturn("/shopfloor", "//evil.example/shopfloor/")).isEqualTo("/shopfloor/");
        assertThat(SignInForm.safeReturn("/shopfloor", "/console/users.xhtml")).isEqualTo("/shopfloor/");
        assertThat(SignInForm.safeReturn("/shopfloor", null)).isEqualTo("/shopfloor/");
        assertThat(SignInForm.safeReturn("/shopfloor", "/shopfloor/sign-in.xhtml")).isEqualTo("/shopfloor/");
    }
}
