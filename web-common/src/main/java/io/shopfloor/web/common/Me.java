package io.shopfloor.web.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import io.shopfloor.platform.security.boundary.CurrentUser;
import io.shopfloor.platform.security.boundary.SignedInUser;

/**
 * The signed-in user for screens, read once per request so a changed role shows at the next
 * click. Screens hide what {@link #can(String)} denies; the services refuse it regardless. The
 * one owner, for screens, of the organization's clock (its zone, "today") and of the language a
 * page speaks (the user's choice, else the browser's among those Shopfloor speaks).
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

    /**
     * Reads the user again at the next use: the page's language is decided before the action runs,
     * so an action that changes the user's own account (their name) calls this for the page to show it.
     */
    public void reread() {
        user = null;
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

    /** The organization's time zone: every time a screen shows is in it. */
    public ZoneId getZone() {
        return getUser().zone();
    }

    /** The organization's today ("overdue" means due before it). */
    public LocalDate getToday() {
        return LocalDate.now(getZone());
    }

    public String getCurrency() {
        return getUser().currency();
    }

    /** The page's language: the signed-in user's choice, else the browser's (English or Vietnamese). */
    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getUserPrincipal() != null && getUser().language().isPresent()) {
            return Locale.forLanguageTag(getUser().language().get());
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }
}
