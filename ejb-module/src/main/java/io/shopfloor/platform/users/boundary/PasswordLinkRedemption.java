package io.shopfloor.platform.users.boundary;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;
import io.shopfloor.platform.users.control.Passwords;
import io.shopfloor.platform.users.control.SetPasswordLinks;
import io.shopfloor.platform.users.entity.PasswordRules;
import io.shopfloor.platform.users.entity.SignInHint;

/**
 * Sets a password with a one-time link, before anyone is signed in. The link alone identifies
 * user and tenant, through the narrow SECURITY DEFINER look-up; from then on the transaction runs
 * as that user of that tenant, like a sign-in, so row level security and the audit trail apply.
 */
@Stateless
@PermitAll
public class PasswordLinkRedemption {

    private static final Logger LOG = Logger.getLogger(PasswordLinkRedemption.class.getName());
    static final String UNUSABLE = "passwords.linkUnusable";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public SignInHint setPassword(String token, String newPassword) {
        if (!PasswordRules.acceptable(newPassword)) {
            throw new InvalidInputException(Map.of("password", PasswordRules.LENGTH_MESSAGE));
        }
        if (!SetPasswordLinks.looksLikeToken(token)) {
            throw new BusinessRuleException(UNUSABLE);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT link_id, user_id, tenant_id FROM shopfloor.find_password_link(?1)")
                .setParameter(1, SetPasswordLinks.hash(token))
                .getResultList();
        if (rows.isEmpty()) {
            LOG.warning("Refused an unknown, used or expired set-password link");
            throw new BusinessRuleException(UNUSABLE);
        }
        UUID linkId = (UUID) rows.get(0)[0];
        CallerIdentity user = new CallerIdentity((UUID) rows.get(0)[2], (UUID) rows.get(0)[1]);
        TenantSession.bind(em, transactions, user);
        // Only one of two concurrent redemptions of the same link finds it unused.
        int claimed = em.createNativeQuery("UPDATE shopfloor.password_links SET used_at = now() WHERE id = ?1 AND used_at IS NULL AND expires_at > now()")
                .setParameter(1, linkId)
                .executeUpdate();
        if (claimed != 1) {
            throw new BusinessRuleException(UNUSABLE);
        }
        Passwords.set(em, user.userId(), "password", newPassword);
        Object[] account = (Object[]) em.createNativeQuery(
                        "SELECT t.slug, u.email FROM shopfloor.users u JOIN shopfloor.tenants t ON t.id = u.tenant_id WHERE u.id = ?1")
                .setParameter(1, user.userId())
                .getSingleResult();
        return new SignInHint((String) account[0], (String) account[1]);
    }
}
