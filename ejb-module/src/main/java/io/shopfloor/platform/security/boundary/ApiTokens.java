package io.shopfloor.platform.security.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.security.control.ApiTokenHashing;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/** The caller's own API tokens. A token acts with its user's permissions, checked per request. */
@Stateless
@RequiresPermission(RequiresPermission.SIGNED_IN)
public class ApiTokens {

    /** The token in clear, returned once at creation and never stored. */
    public record NewApiToken(UUID id, String name, String token) {
    }

    public record ApiTokenView(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public NewApiToken create(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw InvalidInputException.of("name", "is required (at most 100 characters)");
        }
        CallerIdentity caller = TenantSession.current(transactions).orElseThrow();
        UUID id = UUID.randomUUID();
        String token = ApiTokenHashing.newToken();
        em.createNativeQuery("INSERT INTO shopfloor.api_tokens (id, tenant_id, user_id, name, token_hash) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id)
                .setParameter(2, caller.tenantId())
                .setParameter(3, caller.userId())
                .setParameter(4, name.strip())
                .setParameter(5, ApiTokenHashing.hash(token))
                .executeUpdate();
        return new NewApiToken(id, name.strip(), token);
    }

    @SuppressWarnings("unchecked")
    public List<ApiTokenView> mine() {
        CallerIdentity caller = TenantSession.current(transactions).orElseThrow();
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name, created_at, last_used_at, revoked_at FROM shopfloor.api_tokens WHERE user_id = ?1 ORDER BY created_at DESC")
                .setParameter(1, caller.userId())
                .getResultList();
        return rows.stream().map(r -> new ApiTokenView((UUID) r[0], (String) r[1], timestamp(r[2]), timestamp(r[3]), timestamp(r[4]))).toList();
    }

    public void revoke(UUID tokenId) {
        CallerIdentity caller = TenantSession.current(transactions).orElseThrow();
        int revoked = em.createNativeQuery("UPDATE shopfloor.api_tokens SET revoked_at = now() WHERE id = ?1 AND user_id = ?2 AND revoked_at IS NULL")
                .setParameter(1, tokenId)
                .setParameter(2, caller.userId())
                .executeUpdate();
        if (revoked == 0) {
            throw new NotFoundException("API token", tokenId);
        }
    }

    /** Native queries return timestamptz as java.sql.Timestamp (an instant); shown in UTC. */
    private static OffsetDateTime timestamp(Object value) {
        return value == null ? null : ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
