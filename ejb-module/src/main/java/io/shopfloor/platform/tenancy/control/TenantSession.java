package io.shopfloor.platform.tenancy.control;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sets the tenant and user of the current transaction in PostgreSQL, transaction-locally
 * ({@code set_config(..., true)}), with bound parameters. The native query also makes EclipseLink
 * start its database transaction now, so every later statement of this JTA transaction runs on
 * this same connection and sees this tenant.
 */
public final class TenantSession {

    /** Key of the bound caller in the transaction's resources. */
    static final Object KEY = TenantSession.class;

    private TenantSession() {
    }

    public static void bind(EntityManager em, TransactionSynchronizationRegistry transactions, CallerIdentity caller) {
        em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true), set_config('app.user_id', ?2, true)")
                .setParameter(1, caller.tenantId().toString())
                .setParameter(2, caller.userId().toString())
                .getSingleResult();
        transactions.putResource(KEY, caller);
    }

    /** The caller bound to the current transaction, if any. */
    public static Optional<CallerIdentity> current(TransactionSynchronizationRegistry transactions) {
        try {
            return Optional.ofNullable((CallerIdentity) transactions.getResource(KEY));
        } catch (IllegalStateException noTransaction) {
            return Optional.empty();
        }
    }
}
