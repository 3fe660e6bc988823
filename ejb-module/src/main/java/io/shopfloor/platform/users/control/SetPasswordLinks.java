package io.shopfloor.platform.users.control;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.shopfloor.platform.security.control.ApiTokenHashing;
import io.shopfloor.platform.users.entity.SetPasswordLink;

/**
 * One-time links to set a password: 256 random bits, stored only as their SHA-256 (like API
 * tokens), valid for {@link #VALIDITY} and once. Issuing a new link for a user retires the
 * user's earlier unused ones, so only the newest link works.
 */
public final class SetPasswordLinks {

    public static final Duration VALIDITY = Duration.ofHours(72);
    /** Marks Shopfloor set-password links, so they are not mistaken for API tokens. */
    static final String PREFIX = "sfl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SetPasswordLinks() {
    }

    public static SetPasswordLink issue(EntityManager em, UUID tenantId, UUID userId) {
        em.createNativeQuery("UPDATE shopfloor.password_links SET used_at = now() WHERE user_id = ?1 AND used_at IS NULL")
                .setParameter(1, userId)
                .executeUpdate();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        // The database's clock decides expiry, both here and when the link is redeemed.
        Object expiresAt = em.createNativeQuery("INSERT INTO shopfloor.password_links (tenant_id, user_id, token_hash, expires_at) "
                        + "VALUES (?1, ?2, ?3, now() + ?4 * interval '1 hour') RETURNING expires_at")
                .setParameter(1, tenantId)
                .setParameter(2, userId)
                .setParameter(3, hash(token))
                .setParameter(4, VALIDITY.toHours())
                .getSingleResult();
        return new SetPasswordLink(token, ((java.sql.Timestamp) expiresAt).toInstant().atOffset(ZoneOffset.UTC));
    }

    public static byte[] hash(String token) {
        return ApiTokenHashing.hash(token);
    }

    /** Rejects obviously foreign values before any database work. */
    public static boolean looksLikeToken(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() == PREFIX.length() + 43;
    }
}
