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
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get().authenticate(
                CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new OrganizationCredential(
                        organization, TestOrganizations.email(role, organization), new Password(TestOrganizations.PASSWORD))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + role + " of " + organization + ": " + status);
        }
    }
}
