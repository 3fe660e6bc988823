package io.shopfloor.it.services;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;

import io.shopfloor.web.common.OrganizationCredential;

/** Signs the current test in as a user, through the same mechanism the sign-in page uses. */
final class Callers {

    private Callers() {
    }

    static void signInAs(String role, String organization) {
        signInWith(organization, TestOrganizations.email(role, organization), TestOrganizations.PASSWORD);
    }

    /** Signs in as any user, e.g. one a test created. */
    static void signInWith(String organization, String email, String password) {
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get().authenticate(
                CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new OrganizationCredential(
                        organization, email, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + email + " of " + organization + ": " + status);
        }
    }
}
