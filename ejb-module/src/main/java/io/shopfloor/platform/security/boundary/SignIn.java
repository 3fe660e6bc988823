package io.shopfloor.platform.security.boundary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.security.control.ApiTokenHashing;
import io.shopfloor.platform.security.control.PasswordHashing;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/**
 * Checks credentials. A password sign-in is first asked of the throttle (repeated failures back
 * off per account and address, in the database so every node agrees), then checked at the cost of
 * one bounded PBKDF2 computation, and its outcome counted; failures are logged and, once per
 * window, recorded in the audit log of the organization typed (if it exists). The caller learns
 * only that sign-in failed, or how long to wait.
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

    /** @param remoteAddress where the attempt came from (IP address), for the throttle and the audit log; may be null */
    public PasswordSignIn withPassword(String organization, String email, char[] password, String remoteAddress) {
        if (organization == null || email == null || password == null || organization.length() > 64 || email.length() > 320) {
            return PasswordSignIn.refused();
        }
        Number wait = (Number) em.createNativeQuery("SELECT shopfloor.sign_in_wait(CAST(?1 AS text), CAST(?2 AS text), CAST(?3 AS text))")
                .setParameter(1, organization)
                .setParameter(2, email)
                .setParameter(3, remoteAddress)
                .getSingleResult();
        if (wait.intValue() > 0) {
            LOG.warning(() -> "Throttled sign-in for '" + loggable(email) + "' at organization '" + loggable(organization)
                    + "' from " + loggable(String.valueOf(remoteAddress)) + " for " + wait + " s");
            return PasswordSignIn.throttled(wait.intValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT user_id, tenant_id, password_hash FROM shopfloor.find_sign_in(?1, ?2)")
                .setParameter(1, organization)
                .setParameter(2, email)
                .getResultList();
        // A user without a password yet costs the same time as a wrong password: nothing to learn.
        boolean hasPassword = !rows.isEmpty() && rows.get(0)[2] != null;
        boolean matches;
        try {
            matches = PasswordHashing.verify(password, hasPassword ? (String) rows.get(0)[2] : DECOY_HASH);
        } catch (PasswordHashing.BusyException busy) {
            LOG.warning("Refused a sign-in: every password check slot stayed busy");
            return PasswordSignIn.busy();
        }
        boolean succeeded = hasPassword && matches;
        em.createNativeQuery("SELECT shopfloor.record_sign_in_outcome(CAST(?1 AS text), CAST(?2 AS text), CAST(?3 AS text), ?4)")
                .setParameter(1, organization)
                .setParameter(2, email)
                .setParameter(3, remoteAddress)
                .setParameter(4, succeeded)
                .getSingleResult();
        if (!succeeded) {
            LOG.warning(() -> "Failed sign-in for '" + loggable(email) + "' at organization '" + loggable(organization) + "'");
            return PasswordSignIn.refused();
        }
        CallerIdentity caller = new CallerIdentity((UUID) rows.get(0)[1], (UUID) rows.get(0)[0]);
        TenantSession.bind(em, transactions, caller);
        Number generation = (Number) em.createNativeQuery(
                        "UPDATE shopfloor.users SET last_sign_in_at = now() WHERE id = ?1 RETURNING session_generation")
                .setParameter(1, caller.userId())
                .getSingleResult();
        return PasswordSignIn.signedIn(caller, generation.intValue());
    }

    /**
     * Whether a signed-in session may go on: its user is still active and has not changed or lost
     * their password since the session began with {@code sessionGeneration}.
     */
    public boolean sessionStillValid(CallerIdentity caller, int sessionGeneration) {
        TenantSession.bind(em, transactions, caller);
        Number valid = (Number) em.createNativeQuery(
                        "SELECT count(*) FROM shopfloor.users WHERE id = ?1 AND status = 'active' AND session_generation = ?2")
                .setParameter(1, caller.userId())
                .setParameter(2, sessionGeneration)
                .getSingleResult();
        return valid.intValue() == 1;
    }

    /** What a person typed, safe for one log line: no line breaks or control characters, bounded. */
    static String loggable(String typed) {
        String clean = typed.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    /**
     * Runs on every REST request, so it is one statement: the database checks the token and
     * records its use (at most once a minute) in one call. In a transaction like every other
     * call: outside one, the persistence provider retries a read that failed for want of the
     * database, and a request then waits many seconds instead of failing fast.
     */
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
