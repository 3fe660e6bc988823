package io.shopfloor.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.shopfloor.platform.security.boundary.CurrentUser;
import io.shopfloor.platform.security.boundary.SignedInUser;

/**
 * The signed-in user for screens, read once per request so a changed role shows at the next
 * click. Screens hide what {@link #can(String)} denies; the services refuse it regardless.
 */
@Named("me")
@RequestScoped
public class Me {

    @EJB
    CurrentUser currentUser;

    private SignedInUser user;

    public SignedInUser getUser() {
        if (user == null) {
            user = currentUser.me();
        }
        return user;
    }

    public boolean can(String permission) {
        return getUser().can(permission);
    }

    public String getDisplayName() {
        return getUser().displayName();
    }

    public String getOrganizationName() {
        return getUser().organizationName();
    }
}
