package io.shopfloor.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.security.boundary.PasswordSignIn;

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

    @Test
    void aThrottledSignInSaysHowLongToWaitAndNothingElse() {
        assertThat(SignInForm.refusal(new PasswordSignIn(PasswordSignIn.Outcome.THROTTLED, null, 0, 30), Locale.ENGLISH))
                .isEqualTo("Too many failed attempts. Try again in 30 seconds.");
        assertThat(SignInForm.refusal(new PasswordSignIn(PasswordSignIn.Outcome.THROTTLED, null, 0, 61), Locale.ENGLISH))
                .isEqualTo("Too many failed attempts. Try again in 2 minutes.");
        assertThat(SignInForm.refusal(new PasswordSignIn(PasswordSignIn.Outcome.REFUSED, null, 0, 0), Locale.ENGLISH))
                .isEqualTo("Organization, e-mail or password is not right.");
        assertThat(SignInForm.refusal(null, Locale.ENGLISH)).isEqualTo("Organization, e-mail or password is not right.");
        assertThat(SignInForm.refusal(new PasswordSignIn(PasswordSignIn.Outcome.THROTTLED, null, 0, 30), Locale.forLanguageTag("vi")))
                .isEqualTo("Quá nhiều lần thử thất bại. Hãy thử lại sau 30 giây.");
    }
}
