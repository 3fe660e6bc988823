package io.shopfloor.platform.users.entity;

import io.shopfloor.platform.messages.Message;

/** What a password must be, wherever one is chosen: by an administrator, a link or the user. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    /** What a password of the wrong length is told (NewUser's constraint says the same as {@code {input.passwordLength}}). */
    public static final Message LENGTH_MESSAGE = Message.of("input.passwordLength", MIN_LENGTH, MAX_LENGTH);

    private PasswordRules() {
    }

    /** Whether a chosen password is acceptable; length is what matters most, so that is the rule. */
    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }
}
