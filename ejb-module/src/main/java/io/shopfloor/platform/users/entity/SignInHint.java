package io.shopfloor.platform.users.entity;

import java.io.Serializable;

/** What a user needs to sign in after setting their password: their organization and e-mail. */
public record SignInHint(String organization, String email) implements Serializable {

    private static final long serialVersionUID = 1L;
}
