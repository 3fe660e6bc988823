package io.shopfloor.platform.security.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.tenancy.control.CallerIdentity;

/**
 * The permissions of the caller's roles, read from the database once per transaction, so a
 * changed role applies to the user's very next request. Empty when the user is deactivated or
 * their organization suspended.
 */
public final class CallerPermissions {

    private static final Object KEY = CallerPermissions.class;

    private CallerPermissions() {
    }

    @SuppressWarnings("unchecked")
    public static Optional<Set<String>> of(EntityManager em, TransactionSynchronizationRegistry transactions, CallerIdentity caller) {
        Optional<Set<String>> cached = (Optional<Set<String>>) transactions.getResource(KEY);
        if (cached != null) {
            return cached;
        }
        List<?> rows = em.createNativeQuery("""
                SELECT rp.permission
                FROM shopfloor.users u
                JOIN shopfloor.tenants t ON t.id = u.tenant_id AND t.status = 'active'
                LEFT JOIN shopfloor.user_roles ur ON ur.tenant_id = u.tenant_id AND ur.user_id = u.id
                LEFT JOIN shopfloor.role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id
                WHERE u.id = ?1 AND u.status = 'active'""")
                .setParameter(1, caller.userId())
                .getResultList();
        Optional<Set<String>> permissions = rows.isEmpty()
                ? Optional.empty()
                : Optional.of(rows.stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.toUnmodifiableSet()));
        transactions.putResource(KEY, permissions);
        return permissions;
    }
}
