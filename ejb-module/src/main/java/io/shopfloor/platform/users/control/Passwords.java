package io.shopfloor.platform.users.control;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.security.control.PasswordHashing;
import io.shopfloor.platform.users.entity.PasswordRules;

/**
 * The one owner of a user's password: checking the caller's own, setting a new one (after the
 * rules), clearing it. The application writes hashes and never reads them back; the caller's own
 * hash comes from the database's narrow {@code own_password_hash()}, which reads the user of the
 * transaction and no other. Every change moves the user's session generation on, which ends their
 * signed-in sessions at the next request; an administrator's reset also revokes their API tokens.
 */
public final class Passwords {

    private Passwords() {
    }

    /** Whether {@code password} is the signed-in user's current one. */
    public static boolean isOwnPassword(EntityManager em, String password) {
        if (password == null) {
            return false;
        }
        String hash = (String) em.createNativeQuery("SELECT shopfloor.own_password_hash()").getSingleResult();
        return hash != null && PasswordHashing.verify(password.toCharArray(), hash);
    }

    /** Refuses, on {@code field}, anything but the signed-in user's current password. */
    public static void requireOwnPassword(EntityManager em, String field, String password) {
        if (!isOwnPassword(em, password)) {
            throw InvalidInputException.of(field, "passwords.notCurrent");
        }
    }

    /**
     * Sets the user's new password, refused on {@code field} unless it follows the rules. Returns
     * the user's new session generation.
     */
    public static int set(EntityManager em, UUID userId, String field, String newPassword) {
        if (!PasswordRules.acceptable(newPassword)) {
            throw new InvalidInputException(Map.of(field, PasswordRules.LENGTH_MESSAGE));
        }
        return write(em, userId, PasswordHashing.hash(newPassword.toCharArray()));
    }

    /** An administrator's reset to a password they chose: the old one and every API token of the user stop working. */
    public static void resetTo(EntityManager em, UUID userId, String field, String newPassword) {
        set(em, userId, field, newPassword);
        revokeTokens(em, userId);
    }

    /** An administrator's reset for a set-password link: no password works until the user sets one; tokens are revoked. */
    public static void resetForLink(EntityManager em, UUID userId) {
        write(em, userId, null);
        revokeTokens(em, userId);
    }

    private static void revokeTokens(EntityManager em, UUID userId) {
        em.createNativeQuery("UPDATE shopfloor.api_tokens SET revoked_at = now() WHERE user_id = ?1 AND revoked_at IS NULL")
                .setParameter(1, userId)
                .executeUpdate();
    }

    private static int write(EntityManager em, UUID userId, String hash) {
        em.flush();
        Number generation = (Number) em.createNativeQuery(
                        "UPDATE shopfloor.users SET password_hash = ?1, session_generation = session_generation + 1 WHERE id = ?2 RETURNING session_generation")
                .setParameter(1, hash)
                .setParameter(2, userId)
                .getSingleResult();
        return generation.intValue();
    }
}
