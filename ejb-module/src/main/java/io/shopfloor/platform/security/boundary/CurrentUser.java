package io.shopfloor.platform.security.boundary;

import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.platform.users.control.Passwords;

/**
 * The caller's own account, with the permissions their roles grant right now. Every method acts
 * on the caller only, so any signed-in user may use it.
 */
@Stateless
public class CurrentUser {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public SignedInUser me() {
        CallerIdentity caller = this.caller.identity();
        Set<String> permissions = this.caller.permissions();
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT u.email, u.display_name, t.name, t.timezone, t.currency, u.locale
                        FROM shopfloor.users u JOIN shopfloor.tenants t ON t.id = u.tenant_id WHERE u.id = ?1""")
                .setParameter(1, caller.userId())
                .getSingleResult();
        return new SignedInUser(caller.userId(), caller.tenantId(), (String) row[0], (String) row[1], (String) row[2], permissions,
                OrganizationClock.zoneOf((String) row[3]), (String) row[4], Optional.ofNullable((String) row[5]));
    }

    /** The language the caller's screens speak ({@link SignedInUser#LANGUAGES}); null follows the browser. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public SignedInUser chooseMyLanguage(String language) {
        if (language != null && !SignedInUser.LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "input.oneOf", String.join(", ", new java.util.TreeSet<>(SignedInUser.LANGUAGES)));
        }
        em.createNativeQuery("UPDATE shopfloor.users SET locale = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, language)
                .setParameter(2, caller.userId())
                .executeUpdate();
        return me();
    }

    /** Changes the name the caller is shown with. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public SignedInUser renameMe(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw InvalidInputException.of("displayName", "input.requiredAtMost", 200);
        }
        em.createNativeQuery("UPDATE shopfloor.users SET display_name = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, displayName.strip())
                .setParameter(2, caller.userId())
                .executeUpdate();
        return me();
    }

    /**
     * Changes the caller's password; the current one must be given, so an unattended session
     * cannot. The caller's other sessions end; returns the session generation this one goes on with.
     */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public int changeMyPassword(String currentPassword, String newPassword) {
        Passwords.requireOwnPassword(em, "currentPassword", currentPassword);
        return Passwords.set(em, caller.userId(), "newPassword", newPassword);
    }
}
