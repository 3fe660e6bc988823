package io.shopfloor.platform.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes failed sign-ins and permission denials to the audit log, through the schema's two
 * narrow functions: the database decides the tenant, the user and the reason, so a caller can
 * only report what happened to itself. Open to every caller ({@code @PermitAll}): the permission
 * check reports its own denials here, and requiring a permission would deny, and report, again.
 */
@Stateless
@PermitAll
public class SecurityEvents {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    /**
     * A failed sign-in at an organization (by slug); nothing is recorded for an unknown one. Joins
     * the sign-in's transaction: a failed sign-in commits, and one connection per attempt is enough.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void signInFailed(String organization, String email, String remoteAddress) {
        em.createNativeQuery("SELECT count(*) FROM shopfloor.record_sign_in_failure(CAST(?1 AS text), CAST(?2 AS text), CAST(?3 AS text))")
                .setParameter(1, organization)
                .setParameter(2, email)
                .setParameter(3, remoteAddress)
                .getSingleResult();
    }

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
