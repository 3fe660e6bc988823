package io.shopfloor.platform.security.boundary;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.shopfloor.platform.security.control.PermissionMatcher;

/**
 * The signed-in user as the screens need them: who, of which organization, allowed to do what,
 * the organization's time zone and currency, and the language the user chose (empty: the browser's).
 */
public record SignedInUser(UUID userId, UUID tenantId, String email, String displayName,
                           String organizationName, Set<String> permissions, ZoneId zone, String currency,
                           Optional<String> language) {

    /** The languages the screens speak, by their code. */
    public static final Set<String> LANGUAGES = Set.of("en", "vi");

    public SignedInUser {
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return PermissionMatcher.grants(permissions, permission);
    }
}
