package io.shopfloor.platform.security.control;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/**
 * The one owner of "who is calling", for services to inject: the tenant and user bound to the
 * current transaction (by the tenant binding, a sign-in or a job), and the permissions their
 * roles grant right now (read once per transaction). Holds no state of its own.
 */
@ApplicationScoped
public class Caller {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    /** The caller of the current transaction; a service reached without one is a programming error. */
    public CallerIdentity identity() {
        return TenantSession.current(transactions)
                .orElseThrow(() -> new IllegalStateException("No caller is bound to this transaction"));
    }

    public UUID tenantId() {
        return identity().tenantId();
    }

    public UUID userId() {
        return identity().userId();
    }

    /** The permissions the caller's roles grant now; empty for an inactive user. */
    public Set<String> permissions() {
        return CallerPermissions.of(em, transactions, identity()).orElse(Set.of());
    }

    public boolean can(String permission) {
        return PermissionMatcher.grants(permissions(), permission);
    }

    /** Refuses unless the caller is the user themself or holds the permission (one's own records, or everyone's). */
    public void requireSelfOr(UUID userId, String permission) {
        if (!userId.equals(userId()) && !can(permission)) {
            throw new PermissionDeniedException(permission, "security.needsPermission", permission);
        }
    }
}
