package io.shopfloor.platform.security.boundary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.security.control.ApiTokenHashing;
import io.shopfloor.platform.security.control.PasswordHashing;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/**
 * Checks credentials. Failures are logged and recorded in the audit log of the organization
 * typed (if it exists); the caller learns only that sign-in failed.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
    /** Verified when no user matches, so a wrong e-mail costs as much time as a wrong password. */
    private static final String DECOY_HASH = PasswordHashing.hash("decoy".toCharArray());

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    SecurityEvents securityEvents;

    /** @param remoteAddress where the attempt came from (IP address), for the audit log; may be null */
    public Optional<CallerIdentity> withPassword(String organization, String email, char[] password, String remoteAddress) {
        if (organization == null || email == null || password == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT user_id, tenant_id, password_hash FROM shopfloor.find_sign_in(?1, ?2)")
                .setParameter(1, organization)
                .setParameter(2, email)
                .getResultList();
        // A user without a password yet costs the same time as a wrong password: nothing to learn.
        boolean hasPassword = !rows.isEmpty() && rows.get(0)[2] != null;
        boolean matches = PasswordHashing.verify(password, hasPassword ? (String) rows.get(0)[2] : DECOY_HASH);
        if (!hasPassword || !matches) {
            LOG.warning(() -> "Failed sign-in for '" + loggable(email) + "' at organization '" + loggable(organization) + "'");
            securityEvents.signInFailed(organization, email, remoteAddress);
            return Optional.empty();
        }
        CallerIdentity caller = new CallerIdentity((UUID) rows.get(0)[1], (UUID) rows.get(0)[0]);
        TenantSession.bind(em, transactions, caller);
        em.createNativeQuery("UPDATE shopfloor.users SET last_sign_in_at = now() WHERE id = ?1")
                .setParameter(1, caller.userId())
                .executeUpdate();
        return Optional.of(caller);
    }

    /** What a person typed, safe for one log line: no line breaks or control characters, bounded. */
    static String loggable(String typed) {
        String clean = typed.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    /**
     * Runs on every REST request, so it is one statement and no transaction of its own: the
     * database checks the token and records its use (at most once a minute) in one call.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CallerIdentity> withApiToken(String token) {
        if (!ApiTokenHashing.looksLikeToken(token)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT token_id, user_id, tenant_id FROM shopfloor.use_api_token(?1)")
                .setParameter(1, ApiTokenHashing.hash(token))
                .getResultList();
        if (rows.isEmpty()) {
            LOG.warning("Rejected an unknown, revoked or expired API token");
            return Optional.empty();
        }
        return Optional.of(new CallerIdentity((UUID) rows.get(0)[2], (UUID) rows.get(0)[1]));
    }
}
