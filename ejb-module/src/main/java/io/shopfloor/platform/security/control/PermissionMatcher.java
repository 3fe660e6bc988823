package io.shopfloor.platform.security.control;

import java.util.Collection;
import java.util.List;
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

    /**
     * Whether holding {@code held} includes the grant {@code grant}: {@code *} only within
     * {@code *}, {@code module:*} within {@code *} or {@code module:*} (it covers actions added
     * later too), {@code module:action} wherever it would be granted.
     */
    public static boolean covers(Collection<String> held, String grant) {
        if ("*".equals(grant)) {
            return held.contains("*");
        }
        if (grant != null && grant.endsWith(":*")) {
            return held.contains("*") || held.contains(grant);
        }
        return grant != null && REQUIRED.matcher(grant).matches() && grants(held, grant);
    }

    /** The grants of {@code wanted} that {@code held} does not cover, sorted. */
    public static List<String> beyond(Collection<String> held, Collection<String> wanted) {
        return wanted.stream().filter(grant -> !covers(held, grant)).distinct().sorted().toList();
    }

    /** Whether a string may be stored as a granted permission (the database checks the same). */
    public static boolean isValidGrant(String permission) {
        return permission != null && GRANTED.matcher(permission).matches();
    }
}
