package io.shopfloor.platform.tenancy.control;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sets the tenant and user of the current transaction in PostgreSQL, transaction-locally
 * ({@code set_config(..., true)}), with bound parameters, and the transaction's time budget: no
 * statement of a request may take longer than {@link #REQUEST_STATEMENT_TIMEOUT} (a lock held
 * elsewhere, a slow plan), so a request fails fast with 503 instead of holding its thread and
 * connection. The native query also makes EclipseLink start its database transaction now, so
 * every later statement of this JTA transaction runs on this same connection and sees this tenant.
 */
public final class TenantSession {

    /**
     * The statement budget of a request's transaction; background work sets its own. The setting
     * {@code shopfloor.statementTimeout} (a PostgreSQL duration such as {@code 5s}) overrides it.
     */
    public static final String REQUEST_STATEMENT_TIMEOUT = System.getProperty("shopfloor.statementTimeout", "2s");

    /** Key of the bound caller in the transaction's resources. */
    static final Object KEY = TenantSession.class;

    private TenantSession() {
    }

    public static void bind(EntityManager em, TransactionSynchronizationRegistry transactions, CallerIdentity caller) {
        bind(em, transactions, caller, REQUEST_STATEMENT_TIMEOUT, null);
    }

    /**
     * Binds the caller with a statement budget (background work: an import, a report, has its own)
     * and, within a request, where it came from, which the audit trail records with every change.
     */
    public static void bind(EntityManager em, TransactionSynchronizationRegistry transactions, CallerIdentity caller,
                            String statementTimeout, RequestOrigin origin) {
        em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true), set_config('app.user_id', ?2, true),"
                        + " set_config('statement_timeout', ?3, true), set_config('app.request_id', ?4, true),"
                        + " set_config('app.client_address', ?5, true), set_config('app.user_agent', ?6, true)")
                .setParameter(1, caller.tenantId().toString())
                .setParameter(2, caller.userId().toString())
                .setParameter(3, statementTimeout)
                .setParameter(4, origin == null || origin.requestId() == null ? "" : origin.requestId())
                .setParameter(5, origin == null || origin.clientAddress() == null ? "" : origin.clientAddress())
                .setParameter(6, origin == null || origin.userAgent() == null ? "" : origin.userAgent())
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
