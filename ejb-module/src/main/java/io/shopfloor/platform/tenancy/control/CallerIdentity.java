package io.shopfloor.platform.tenancy.control;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling: a user of a tenant. The container's caller principal carries both as its name,
 * {@code <tenantId>/<userId>}, so each transaction can bind the tenant without a look-up.
 */
public record CallerIdentity(UUID tenantId, UUID userId) implements Serializable {

    public CallerIdentity {
        if (tenantId == null || userId == null) {
            throw new IllegalArgumentException("A caller needs both a tenant and a user");
        }
    }

    public String principalName() {
        return tenantId + "/" + userId;
    }

    /** The caller behind a principal, or empty for an anonymous or foreign principal. */
    public static Optional<CallerIdentity> of(Principal principal) {
        return principal == null ? Optional.empty() : parse(principal.getName());
    }

    public static Optional<CallerIdentity> parse(String principalName) {
        if (principalName == null) {
            return Optional.empty();
        }
        int slash = principalName.indexOf('/');
        if (slash != 36 || principalName.length() != 73) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CallerIdentity(UUID.fromString(principalName.substring(0, slash)),
                    UUID.fromString(principalName.substring(slash + 1))));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
