package io.shopfloor.platform.roles.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every permission Shopfloor knows: the modules and the actions each one has. The one list the
 * permission matrix is drawn from and every stored grant is checked against. Besides
 * {@code module:action}, a role may hold {@code module:*} (every action of the module, also ones
 * added later) and {@code *} (everything).
 */
public final class PermissionCatalogue {

    public static final String EVERYTHING = "*";
    public static final String ALL_ACTIONS = "*";

    public static final String READ = "read";
    public static final String WRITE = "write";
    /** Doing one's own work (stages, checks, one's own time and leave) without managing the module. */
    public static final String WORK = "work";
    /** Reading and writing what is internal to the organization (an order's internal notes). */
    public static final String INTERNAL = "internal";
    /** Going past a rule with a written reason: the quality gate; a missing skill or a full day. */
    public static final String OVERRIDE = "override";

    /** The actions in the order the matrix shows them as columns (labels: roles.action.*). */
    public static final List<String> ACTIONS = List.of(READ, WRITE, WORK, INTERNAL, OVERRIDE);

    /** A module of the catalogue: its key (as in permissions), its label (a key of the service bundle) and its actions. */
    public record Module(String key, String labelKey, List<String> actions) {

        public boolean has(String action) {
            return actions.contains(action);
        }
    }

    public static final List<Module> MODULES = List.of(
            new Module("customers", "roles.module.customers", List.of(READ, WRITE)),
            new Module("orders", "roles.module.orders", List.of(READ, WRITE, INTERNAL)),
            new Module("products", "roles.module.products", List.of(READ, WRITE)),
            new Module("production", "roles.module.production", List.of(READ, WRITE, WORK)),
            new Module("quality", "roles.module.quality", List.of(READ, WRITE, WORK, OVERRIDE)),
            new Module("finance", "roles.module.finance", List.of(READ, WRITE)),
            new Module("people", "roles.module.people", List.of(READ, WRITE, WORK, OVERRIDE)),
            new Module("users", "roles.module.users", List.of(READ, WRITE)),
            new Module("roles", "roles.module.roles", List.of(READ, WRITE)),
            new Module("customfields", "roles.module.customfields", List.of(READ, WRITE)),
            new Module("audit", "roles.module.audit", List.of(READ)),
            new Module("tenant", "roles.module.tenant", List.of(READ, WRITE)),
            new Module("tokens", "roles.module.tokens", List.of(READ, WRITE)));

    private static final Map<String, Module> BY_KEY = new LinkedHashMap<>();

    static {
        MODULES.forEach(m -> BY_KEY.put(m.key(), m));
    }

    private PermissionCatalogue() {
    }

    public static Optional<Module> module(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Whether a grant names something the catalogue knows: {@code *}, {@code module:*} or {@code module:action}. */
    public static boolean isKnown(String permission) {
        if (EVERYTHING.equals(permission)) {
            return true;
        }
        if (permission == null || permission.indexOf(':') < 1) {
            return false;
        }
        String moduleKey = permission.substring(0, permission.indexOf(':'));
        String action = permission.substring(permission.indexOf(':') + 1);
        return module(moduleKey).map(m -> ALL_ACTIONS.equals(action) || m.has(action)).orElse(false);
    }

    /** The grants of {@code permissions} the catalogue does not know, sorted; empty when all are fine. */
    public static List<String> unknown(Collection<String> permissions) {
        TreeSet<String> unknown = new TreeSet<>();
        for (String permission : permissions) {
            if (!isKnown(permission)) {
                unknown.add(String.valueOf(permission));
            }
        }
        return List.copyOf(unknown);
    }
}
