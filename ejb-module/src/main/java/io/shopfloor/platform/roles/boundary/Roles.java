package io.shopfloor.platform.roles.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.roles.control.Administrators;
import io.shopfloor.platform.roles.control.GrantLimits;
import io.shopfloor.platform.roles.control.PermissionCatalogue;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.users.entity.Role;

/**
 * The roles of the caller's organization and the permissions they grant. Built-in roles keep
 * their names and cannot be deleted; a role still held by users cannot be deleted either (the
 * administrator takes it away from them first, so nobody loses access as a side effect). A
 * changed role applies to its users' very next request: permissions are read per transaction.
 */
@Stateless
public class Roles {

    private static final int MAX_NAME = 100;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @RequiresPermission("roles:read")
    public List<RoleDetails> list() {
        List<Role> roles = em.createQuery("SELECT r FROM Role r ORDER BY r.builtin DESC, LOWER(r.name), r.id", Role.class).getResultList();
        Map<UUID, List<String>> permissions = permissions();
        Map<UUID, Long> holders = holders();
        return roles.stream().map(r -> details(r, permissions, holders)).toList();
    }

    @RequiresPermission("roles:read")
    public RoleDetails find(UUID roleId) {
        return details(role(roleId), permissions(), holders());
    }

    @RequiresPermission("roles:write")
    public RoleDetails create(String name, String description, Collection<String> permissions) {
        String cleanName = validName(name, null);
        if (description != null && description.strip().length() > 500) {
            throw InvalidInputException.of("description", "input.atMostCharacters", 500);
        }
        Set<String> grants = validGrants(permissions);
        GrantLimits.requireCallerHolds(this.caller, grants);
        Role role = new Role(caller.tenantId(), cleanName, description);
        em.persist(role);
        em.flush();
        grants.forEach(p -> grant(role, p));
        return find(role.getId());
    }

    @RequiresPermission("roles:write")
    public RoleDetails rename(UUID roleId, String newName) {
        Role role = role(roleId);
        if (role.isBuiltin()) {
            throw new BusinessRuleException("roles.builtInKeepsName", role.getName());
        }
        role.rename(validName(newName, roleId));
        em.flush();
        return find(roleId);
    }

    /** Deletes a custom role that nobody holds. */
    @RequiresPermission("roles:write")
    public void delete(UUID roleId) {
        // No assignment of this role can slip in between the count and the delete.
        Administrators.lockTenant(em, caller.tenantId());
        Role role = role(roleId);
        if (role.isBuiltin()) {
            throw new BusinessRuleException("roles.builtInStays", role.getName());
        }
        GrantLimits.requireCallerHolds(this.caller, permissions().getOrDefault(roleId, List.of()));
        long held = holders().getOrDefault(roleId, 0L);
        if (held > 0) {
            throw new BusinessRuleException("roles.stillHeld", role.getName(), held);
        }
        em.remove(role);
        em.flush();
    }

    /** Replaces the role's grants; refused if no administrator would remain. */
    @RequiresPermission("roles:write")
    public RoleDetails setPermissions(UUID roleId, Collection<String> permissions) {
        Set<String> wanted = validGrants(permissions);
        Administrators.lockTenant(em, caller.tenantId());
        Role role = role(roleId);
        Set<String> current = new TreeSet<>(permissions().getOrDefault(roleId, List.of()));
        // Neither what the role will grant nor what it grants now may exceed the caller's own rights.
        Set<String> touched = new TreeSet<>(current);
        touched.addAll(wanted);
        GrantLimits.requireCallerHolds(this.caller, touched);
        for (String removed : current) {
            if (!wanted.contains(removed)) {
                em.createNativeQuery("DELETE FROM shopfloor.role_permissions WHERE role_id = ?1 AND permission = ?2")
                        .setParameter(1, roleId)
                        .setParameter(2, removed)
                        .executeUpdate();
            }
        }
        for (String added : wanted) {
            if (!current.contains(added)) {
                grant(role, added);
            }
        }
        Administrators.requireOneRemains(em, Message.of("roles.wouldLockOut", role.getName()));
        return find(roleId);
    }

    private void grant(Role role, String permission) {
        em.createNativeQuery("INSERT INTO shopfloor.role_permissions (tenant_id, role_id, permission) VALUES (?1, ?2, ?3)")
                .setParameter(1, caller.tenantId())
                .setParameter(2, role.getId())
                .setParameter(3, permission)
                .executeUpdate();
    }

    private Role role(UUID roleId) {
        return Records.require(em, Role.class, roleId, "record.role");
    }

    private String validName(String name, UUID except) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "input.requiredAtMost", MAX_NAME);
        }
        Long taken = em.createQuery("SELECT COUNT(r) FROM Role r WHERE LOWER(r.name) = :name AND r.id <> :except", Long.class)
                .setParameter("name", clean.toLowerCase(java.util.Locale.ROOT))
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult();
        if (taken > 0) {
            throw InvalidInputException.of("name", "roles.nameTaken");
        }
        return clean;
    }

    private static Set<String> validGrants(Collection<String> permissions) {
        Collection<String> given = permissions == null ? List.of() : permissions;
        List<String> unknown = PermissionCatalogue.unknown(given);
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("permissions", "roles.unknownPermissions", String.join(", ", unknown));
        }
        return new TreeSet<>(given);
    }

    private Map<UUID, List<String>> permissions() {
        Map<UUID, List<String>> byRole = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT role_id, permission FROM shopfloor.role_permissions ORDER BY permission")
                .getResultList();
        for (Object[] row : rows) {
            byRole.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return byRole;
    }

    private Map<UUID, Long> holders() {
        Map<UUID, Long> byRole = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT ur.roleId, COUNT(ur) FROM UserRole ur GROUP BY ur.roleId", Object[].class).getResultList()) {
            byRole.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return byRole;
    }

    private static RoleDetails details(Role role, Map<UUID, List<String>> permissions, Map<UUID, Long> holders) {
        return new RoleDetails(role.getId(), role.getName(), role.getDescription(), role.isBuiltin(),
                permissions.getOrDefault(role.getId(), List.of()), holders.getOrDefault(role.getId(), 0L));
    }
}
