package io.shopfloor.platform.security.boundary;

import java.io.Serializable;

import io.shopfloor.platform.tenancy.control.CallerIdentity;

/**
 * How a sign-in with a password ended. On success: the caller and the session generation the
 * session must keep to stay valid (a credential change moves it on). Otherwise why not: refused
 * (the same answer for every wrong organization, e-mail or password), throttled after repeated
 * failures (wait {@code retryAfterSeconds}), or the server too busy checking passwords.
 */
public record PasswordSignIn(Outcome outcome, CallerIdentity caller, int sessionGeneration, int retryAfterSeconds) implements Serializable {

    public enum Outcome { SIGNED_IN, REFUSED, THROTTLED, BUSY }

    static PasswordSignIn signedIn(CallerIdentity caller, int sessionGeneration) {
        return new PasswordSignIn(Outcome.SIGNED_IN, caller, sessionGeneration, 0);
    }

    static PasswordSignIn refused() {
        return new PasswordSignIn(Outcome.REFUSED, null, 0, 0);
    }

    static PasswordSignIn throttled(int retryAfterSeconds) {
        return new PasswordSignIn(Outcome.THROTTLED, null, 0, retryAfterSeconds);
    }

    static PasswordSignIn busy() {
        return new PasswordSignIn(Outcome.BUSY, null, 0, 5);
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
