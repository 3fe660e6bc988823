package io.shopfloor.web.common;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;

/** What a person types to sign in: their organization, e-mail and password. */
public record OrganizationCredential(String organization, String email, Password password) implements Credential {

    @Override
    public void clear() {
        password.clear();
    }
}
