package io.shopfloor.launcher;

import java.util.Objects;

/** A database role and its password. {@link #toString()} leaves the password out, so logs never show it. */
public record Credentials(String role, String password) {

    public Credentials {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        if (role.isBlank()) {
            throw new IllegalArgumentException("The role name is empty");
        }
    }

    @Override
    public String toString() {
        return "Credentials[role=" + role + ", password=(hidden)]";
    }
}
