package io.shopfloor.platform.security.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.roles.control.GrantLimits;
import io.shopfloor.platform.security.control.ApiTokenHashing;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.users.control.Passwords;

/**
 * API tokens. Every signed-in user manages their own; administrators with {@code tokens:read}
 * and {@code tokens:write} see and revoke everyone's and create tokens for other users (never for
 * one who holds more than they do). A token acts with its user's permissions, checked per
 * request; only its SHA-256 is stored. Creating one asks for the creator's current password, so an
 * unattended session cannot mint a lasting credential, and every token expires: after
 * {@value #DEFAULT_VALID_DAYS} days unless the creator chooses 1 to {@value #MAX_VALID_DAYS}.
 */
@Stateless
@RequiresPermission(RequiresPermission.SIGNED_IN)
public class ApiTokens {

    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 365;

    /** The token in clear, returned once at creation and never stored. */
    public record NewApiToken(UUID id, String name, String token, OffsetDateTime expiresAt) {
    }

    public record ApiTokenView(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                               OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) implements Serializable {

        private static final long serialVersionUID = 1L;

        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(OffsetDateTime.now());
        }

        public boolean expired() {
            return revokedAt == null && !active();
        }
    }

    /** A token with the user it belongs to, for administrators. */
    public record UserApiTokenView(UUID id, UUID userId, String userName, String userEmail, String name,
                                   OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) implements Serializable {

        private static final long serialVersionUID = 1L;

        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(OffsetDateTime.now());
        }

        public boolean expired() {
            return revokedAt == null && !active();
        }
    }

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    /**
     * A token of the caller's own. {@code currentPassword} is the caller's; {@code validDays}
     * null means {@value #DEFAULT_VALID_DAYS}.
     */
    public NewApiToken create(String name, String currentPassword, Integer validDays) {
        CallerIdentity caller = this.caller.identity();
        Passwords.requireOwnPassword(em, "currentPassword", currentPassword);
        return insert(caller.tenantId(), caller.userId(), name, validDays);
    }

    /** A token for another user of the organization, shown once to the administrator, who confirms with their own password. */
    @RequiresPermission("tokens:write")
    public NewApiToken createFor(UUID userId, String name, String currentPassword, Integer validDays) {
        CallerIdentity caller = this.caller.identity();
        Passwords.requireOwnPassword(em, "currentPassword", currentPassword);
        Number activeUsers = (Number) em.createNativeQuery("SELECT count(*) FROM shopfloor.users WHERE id = ?1 AND status = 'active'")
                .setParameter(1, userId)
                .getSingleResult();
        if (activeUsers.longValue() == 0) {
            throw InvalidInputException.of("userId", "users.notActiveUser");
        }
        GrantLimits.requireNotAboveCaller(em, this.caller, userId, Message.of("users.this"));
        return insert(caller.tenantId(), userId, name, validDays);
    }

    private NewApiToken insert(UUID tenantId, UUID userId, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw InvalidInputException.of("name", "input.requiredAtMost", 100);
        }
        int days = validDays == null ? DEFAULT_VALID_DAYS : validDays;
        if (days < 1 || days > MAX_VALID_DAYS) {
            throw InvalidInputException.of("validDays", "tokens.validDays", MAX_VALID_DAYS);
        }
        UUID id = UUID.randomUUID();
        String token = ApiTokenHashing.newToken();
        // The database's clock decides expiry, both here and when the token is used.
        Object expiresAt = em.createNativeQuery("INSERT INTO shopfloor.api_tokens (id, tenant_id, user_id, name, token_hash, expires_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, now() + ?6 * interval '1 day') RETURNING expires_at")
                .setParameter(1, id)
                .setParameter(2, tenantId)
                .setParameter(3, userId)
                .setParameter(4, name.strip())
                .setParameter(5, ApiTokenHashing.hash(token))
                .setParameter(6, days)
                .getSingleResult();
        return new NewApiToken(id, name.strip(), token, timestamp(expiresAt));
    }

    @SuppressWarnings("unchecked")
    public List<ApiTokenView> mine() {
        CallerIdentity caller = this.caller.identity();
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM shopfloor.api_tokens WHERE user_id = ?1 ORDER BY created_at DESC")
                .setParameter(1, caller.userId())
                .getResultList();
        return rows.stream().map(r -> new ApiTokenView((UUID) r[0], (String) r[1], timestamp(r[2]), timestamp(r[3]), timestamp(r[4]),
                timestamp(r[5]))).toList();
    }

    public void revoke(UUID tokenId) {
        CallerIdentity caller = this.caller.identity();
        int revoked = em.createNativeQuery("UPDATE shopfloor.api_tokens SET revoked_at = now() WHERE id = ?1 AND user_id = ?2 AND revoked_at IS NULL")
                .setParameter(1, tokenId)
                .setParameter(2, caller.userId())
                .executeUpdate();
        if (revoked == 0) {
            throw new NotFoundException("record.apiToken", tokenId);
        }
    }

    /** Every token of the organization, newest first, with its user and last use. */
    @RequiresPermission("tokens:read")
    @SuppressWarnings("unchecked")
    public List<UserApiTokenView> all() {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT k.id, k.user_id, u.display_name, u.email, k.name, k.created_at, k.expires_at, k.last_used_at, k.revoked_at
                        FROM shopfloor.api_tokens k JOIN shopfloor.users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id
                        ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id""")
                .getResultList();
        return rows.stream().map(r -> new UserApiTokenView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                timestamp(r[5]), timestamp(r[6]), timestamp(r[7]), timestamp(r[8]))).toList();
    }

    /** Revokes any token of the organization; the next request with it is refused. */
    @RequiresPermission("tokens:write")
    public void revokeAny(UUID tokenId) {
        int revoked = em.createNativeQuery("UPDATE shopfloor.api_tokens SET revoked_at = now() WHERE id = ?1 AND revoked_at IS NULL")
                .setParameter(1, tokenId)
                .executeUpdate();
        if (revoked == 0) {
            throw new NotFoundException("record.activeApiToken", tokenId);
        }
    }

    /** Native queries return timestamptz as java.sql.Timestamp (an instant); shown in UTC. */
    private static OffsetDateTime timestamp(Object value) {
        return value == null ? null : ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
