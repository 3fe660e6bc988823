package io.shopfloor.platform.security.boundary;

import java.util.Set;
import java.util.UUID;

import io.shopfloor.platform.security.control.PermissionMatcher;

/** The signed-in user as the screens need them: who, of which organization, allowed to do what. */
public record SignedInUser(UUID userId, UUID tenantId, String email, String displayName,
                           String organizationName, Set<String> permissions) {

    public SignedInUser {
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return PermissionMatcher.grants(permissions, permission);
    }
}
