package io.shopfloor.platform.security.boundary;

import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.security.control.CallerPermissions;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/** The caller's own account, with the permissions their roles grant right now. */
@Stateless
public class CurrentUser {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public SignedInUser me() {
        CallerIdentity caller = TenantSession.current(transactions).orElseThrow();
        Set<String> permissions = CallerPermissions.of(em, transactions, caller).orElseThrow();
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT u.email, u.display_name, t.name FROM shopfloor.users u JOIN shopfloor.tenants t ON t.id = u.tenant_id WHERE u.id = ?1")
                .setParameter(1, caller.userId())
                .getSingleResult();
        return new SignedInUser(caller.userId(), caller.tenantId(), (String) row[0], (String) row[1], (String) row[2], permissions);
    }
}
