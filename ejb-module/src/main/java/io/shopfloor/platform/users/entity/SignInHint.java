package io.shopfloor.platform.users.entity;

/** What a user needs to sign in after setting their password: their organization and e-mail. */
public record SignInHint(String organization, String email) {
}
