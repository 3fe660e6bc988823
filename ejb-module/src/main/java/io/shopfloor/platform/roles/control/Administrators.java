package io.shopfloor.platform.roles.control;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.messages.Message;

/**
 * The rule that an organization always keeps an administrator: an active user whose roles grant
 * everything ({@code *}). Since nobody may give more than they hold ({@link GrantLimits}), only
 * such a user can still repair any mistake.
 * Every change that can take those rights away (role assignments, a role's permissions, deleting
 * a role, deactivating a user) first locks the tenant's row, makes the change, and then checks:
 * two administrators changing each other at the same moment are serialised, and the second sees
 * the first one's change.
 */
public final class Administrators {


    private Administrators() {
    }

    /** One change of access rights per tenant at a time, until the transaction ends. */
    public static void lockTenant(EntityManager em, UUID tenantId) {
        em.createNativeQuery("SELECT id FROM shopfloor.tenants WHERE id = ?1 FOR UPDATE")
                .setParameter(1, tenantId)
                .getSingleResult();
    }

    /** After a change (flushed): refuses it, rolling the transaction back, when no administrator is left. */
    public static void requireOneRemains(EntityManager em, Message whatWouldHappen) {
        em.flush();
        if (activeAdministrators(em) == 0) {
            throw whatWouldHappen == null ? new BusinessRuleException("roles.noAdministratorLeft")
                    : new BusinessRuleException("roles.noAdministratorLeftBecause", whatWouldHappen);
        }
    }

    /** Active users of the current tenant (row level security) whose roles allow administering access. */
    public static long activeAdministrators(EntityManager em) {
        Number count = (Number) em.createNativeQuery("""
                SELECT count(*) FROM shopfloor.users u
                WHERE u.status = 'active'
                  AND EXISTS (SELECT 1 FROM shopfloor.user_roles ur
                              JOIN shopfloor.role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id
                              WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id AND rp.permission = '*')""")
                .getSingleResult();
        return count.longValue();
    }
}
