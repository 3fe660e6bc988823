package io.shopfloor.platform.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API tokens are 256 random bits, shown once and stored as their SHA-256: a fast hash is right
 * for a value with that much entropy, and keeps every REST request cheap.
 */
public final class ApiTokenHashing {

    /** Marks Shopfloor tokens, so secret scanners and people recognise them. */
    public static final String PREFIX = "sft_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenHashing() {
    }

    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Rejects obviously foreign values before any database work. */
    public static boolean looksLikeToken(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() == PREFIX.length() + 43;
    }
}
