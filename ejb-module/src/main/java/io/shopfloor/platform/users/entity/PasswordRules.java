package io.shopfloor.platform.users.entity;

/** What a password must be, wherever one is chosen: by an administrator, a link or the user. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    public static final String LENGTH_MESSAGE = "must be 12 to 200 characters";

    private PasswordRules() {
    }

    /** Whether a chosen password is acceptable; length is what matters most, so that is the rule. */
    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }
}
