package io.shopfloor.platform.security.control;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.security.boundary.SecurityEvents;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/**
 * Default interceptor of every EJB, after {@code TenantBinding}: the caller must hold the
 * permission the method declares. Denials are logged with user, tenant and method, and recorded
 * in the tenant's audit log when the caller is a user of a tenant.
 */
public class PermissionCheck {

    private static final Logger LOG = Logger.getLogger(PermissionCheck.class.getName());

    @Resource
    private EJBContext ejbContext;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "shopfloor")
    private EntityManager em;

    @EJB
    private SecurityEvents securityEvents;

    @AroundInvoke
    public Object checkPermission(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Class<?> service = method.getDeclaringClass();
        if (method.isAnnotationPresent(PermitAll.class) || service.isAnnotationPresent(PermitAll.class)) {
            return invocation.proceed();
        }
        RequiresPermission required = Optional.ofNullable(method.getAnnotation(RequiresPermission.class))
                .orElse(service.getAnnotation(RequiresPermission.class));
        String action = service.getSimpleName() + "." + method.getName();
        if (required == null) {
            throw new IllegalStateException(action + " declares no @RequiresPermission and is refused");
        }
        // The container's caller, or within background work (no signed-in principal) the job's user bound to the transaction.
        Optional<CallerIdentity> caller = CallerIdentity.of(ejbContext.getCallerPrincipal()).or(() -> TenantSession.current(transactions));
        if (caller.isEmpty()) {
            LOG.warning(() -> "Denied " + action + ": no signed-in caller");
            throw new PermissionDeniedException(required.value(), "security.signInFirst");
        }
        Optional<Set<String>> granted = CallerPermissions.of(em, transactions, caller.get());
        if (granted.isEmpty()) {
            LOG.warning(() -> "Denied " + action + ": user " + caller.get().userId() + " of tenant "
                    + caller.get().tenantId() + " is not an active user");
            record(required.value(), action);
            throw new PermissionDeniedException(required.value(), "security.inactive");
        }
        if (!RequiresPermission.SIGNED_IN.equals(required.value())
                && !PermissionMatcher.grants(granted.get(), required.value())) {
            LOG.warning(() -> "Denied " + action + ": user " + caller.get().userId() + " of tenant "
                    + caller.get().tenantId() + " lacks '" + required.value() + "'");
            record(required.value(), action);
            throw new PermissionDeniedException(required.value(), "security.needsPermission", required.value());
        }
        return invocation.proceed();
    }

    /** Best effort: a denial that cannot be recorded (it is logged above) is still a denial. */
    private void record(String permission, String action) {
        try {
            securityEvents.permissionDenied(permission, action);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the denial of " + action + " in the audit log", e);
        }
    }
}
