package io.shopfloor.launcher;

import java.security.SecureRandom;

/** Passwords the launcher generates: for database roles, and for the demo sign-ins people type. */
public final class RandomSecrets {

    /** No 0/O, 1/l/I: the demo passwords are read off a terminal and typed. */
    private static final String READABLE = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** A password for a database role: 32 characters, about 187 bits. */
    public static String databasePassword() {
        return randomString(32);
    }

    /** A password for a person to type: four groups of four, e.g. {@code k7mq-X2pd-9Rtf-wJ4a} (about 94 bits). */
    public static String typeablePassword() {
        return randomString(4) + "-" + randomString(4) + "-" + randomString(4) + "-" + randomString(4);
    }

    static String randomString(int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return value.toString();
    }
}
