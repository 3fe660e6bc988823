package io.shopfloor.platform.users.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A user as lists and forms show them, with the names of their roles. */
public record UserView(UUID id, String email, String displayName, String status, List<String> roles,
                       OffsetDateTime createdAt, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The role names as one line, for lists. */
    public String roleNames() {
        return String.join(", ", roles);
    }

    public boolean active() {
        return User.ACTIVE.equals(status);
    }
}
