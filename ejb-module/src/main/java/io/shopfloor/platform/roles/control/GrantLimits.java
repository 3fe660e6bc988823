package io.shopfloor.platform.roles.control;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.security.control.PermissionMatcher;

/**
 * The rule that nobody gives more than they hold: a role, a role assignment, a password reset or
 * an API token for someone else stays within the caller's own permissions, and a user who holds
 * more than the caller is changed only by someone who holds as much. Without it, {@code roles:write}
 * could add {@code *} to a role the caller holds, and {@code users:write} or {@code tokens:write}
 * could take over an administrator.
 */
public final class GrantLimits {

    private GrantLimits() {
    }

    /** Refuses grants the caller's own roles do not cover. */
    public static void requireCallerHolds(Caller caller, Collection<String> grants) {
        List<String> beyond = PermissionMatcher.beyond(caller.permissions(), grants);
        if (!beyond.isEmpty()) {
            throw new PermissionDeniedException(beyond.get(0), "roles.beyondOwn", String.join(", ", beyond));
        }
    }

    /** Refuses giving these roles unless the caller holds everything they grant. */
    public static void requireCallerHoldsRoles(EntityManager em, Caller caller, Collection<UUID> roleIds) {
        requireCallerHolds(caller, permissionsOfRoles(em, roleIds));
    }

    /**
     * Refuses changing {@code userId} (their roles, contact, password, tokens, status) when they hold
     * permissions the caller does not.
     */
    public static void requireNotAboveCaller(EntityManager em, Caller caller, UUID userId, Message who) {
        List<String> beyond = PermissionMatcher.beyond(caller.permissions(), permissionsOfUser(em, userId));
        if (!beyond.isEmpty()) {
            throw new PermissionDeniedException(beyond.get(0), "roles.userAboveCaller", who, String.join(", ", beyond));
        }
    }

    /** The grants of the user's roles, as stored. */
    public static Set<String> permissionsOfUser(EntityManager em, UUID userId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT DISTINCT rp.permission FROM shopfloor.user_roles ur
                        JOIN shopfloor.role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id
                        WHERE ur.user_id = ?1""")
                .setParameter(1, userId)
                .getResultList();
        return strings(rows);
    }

    /** The grants of these roles together, as stored. */
    public static Set<String> permissionsOfRoles(EntityManager em, Collection<UUID> roleIds) {
        if (roleIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT DISTINCT permission FROM shopfloor.role_permissions WHERE role_id = ANY (CAST(?1 AS uuid[]))")
                .setParameter(1, "{" + String.join(",", roleIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList();
        return strings(rows);
    }

    private static Set<String> strings(List<?> rows) {
        Set<String> result = new TreeSet<>();
        rows.forEach(row -> result.add(row.toString()));
        return result;
    }
}
