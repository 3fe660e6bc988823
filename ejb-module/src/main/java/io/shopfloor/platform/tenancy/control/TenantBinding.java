package io.shopfloor.platform.tenancy.control;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Default interceptor of every EJB (META-INF/ejb-jar.xml). At the first business method of each
 * transaction it binds the caller's tenant and user to the transaction's connection; nested calls
 * in the same transaction find it bound. A caller without a tenant binds nothing, so row level
 * security shows that transaction no tenant data at all: the wall fails closed.
 */
public class TenantBinding {

    @Resource
    private EJBContext ejbContext;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "shopfloor")
    private EntityManager em;

    @Inject
    private Instance<RequestOrigin> origins;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(TenantSession.KEY) == null) {
            Optional<CallerIdentity> caller = CallerIdentity.of(ejbContext.getCallerPrincipal());
            if (caller.isPresent()) {
                TenantSession.bind(em, transactions, caller.get(), TenantSession.REQUEST_STATEMENT_TIMEOUT, origin());
            }
        }
        return invocation.proceed();
    }

    /** The HTTP request's origin, or none outside a request (no active request scope). */
    private RequestOrigin origin() {
        try {
            RequestOrigin origin = origins.get();
            return origin.requestId() == null ? null : origin;
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
