package io.shopfloor.platform.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes permission denials to the audit log, through the schema's narrow function: the database
 * decides the tenant and the user, so a caller can only report what happened to itself (failed
 * sign-ins reach the audit log through the sign-in throttle, see {@link SignIn}). Open to every caller ({@code @PermitAll}): the permission
 * check reports its own denials here, and requiring a permission would deny, and report, again.
 */
@Stateless
@PermitAll
public class SecurityEvents {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    /**
     * The caller was refused {@code permission} for {@code method} ({@code Service.method}). In a
     * transaction of its own, because the refusal rolls back the caller's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void permissionDenied(String permission, String method) {
        em.createNativeQuery("SELECT count(*) FROM shopfloor.record_permission_denial(CAST(?1 AS text), CAST(?2 AS text), CAST(NULL AS text))")
                .setParameter(1, permission)
                .setParameter(2, method)
                .getSingleResult();
    }
}
