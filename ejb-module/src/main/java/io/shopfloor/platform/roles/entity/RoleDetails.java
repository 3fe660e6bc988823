package io.shopfloor.platform.roles.entity;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A role as the console lists it: its grants (sorted) and how many users hold it. */
public record RoleDetails(UUID id, String name, String description, boolean builtin, List<String> permissions,
                          long userCount) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RoleDetails {
        permissions = List.copyOf(permissions);
    }

    /** The grants as one line, wildcards spelled out plainly for people. */
    public String permissionSummary() {
        if (permissions.isEmpty()) {
            return "nothing";
        }
        return String.join(", ", permissions.stream().map(RoleDetails::plainly).toList());
    }

    static String plainly(String permission) {
        if ("*".equals(permission)) {
            return "everything (*)";
        }
        if (permission.endsWith(":*")) {
            return permission.substring(0, permission.length() - 2) + ": all actions";
        }
        return permission;
    }
}
