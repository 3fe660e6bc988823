package io.shopfloor.platform.security.control;

import java.util.Collection;
import java.util.regex.Pattern;

/** Whether granted permissions (with wildcards) cover a required {@code module:action}. */
public final class PermissionMatcher {

    private static final Pattern REQUIRED = Pattern.compile("[a-z][a-z_]*:[a-z][a-z_]*");
    private static final Pattern GRANTED = Pattern.compile("\\*|[a-z][a-z_]*:(\\*|[a-z][a-z_]*)");

    private PermissionMatcher() {
    }

    public static boolean grants(Collection<String> granted, String required) {
        if (!REQUIRED.matcher(required).matches()) {
            throw new IllegalArgumentException("A required permission is 'module:action', not '" + required + "'");
        }
        String module = required.substring(0, required.indexOf(':'));
        for (String permission : granted) {
            if (permission.equals("*") || permission.equals(required) || permission.equals(module + ":*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a string may be stored as a granted permission (the database checks the same). */
    public static boolean isValidGrant(String permission) {
        return permission != null && GRANTED.matcher(permission).matches();
    }
}
