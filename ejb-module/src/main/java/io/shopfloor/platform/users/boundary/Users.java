package io.shopfloor.platform.users.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.SearchText;
import io.shopfloor.platform.security.control.PasswordHashing;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.Role;
import io.shopfloor.platform.users.entity.RoleView;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.platform.users.entity.UserRole;
import io.shopfloor.platform.users.entity.UserView;

/** Users of the caller's tenant. Users are deactivated, never deleted: the audit trail names them. */
@Stateless
public class Users {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    InputValidation validation;

    @RequiresPermission("users:read")
    public Page<UserView> list(String search, PageRequest page) {
        String pattern = SearchText.containsPattern(search);
        String where = pattern == null ? "" : " WHERE LOWER(u.email) LIKE :p ESCAPE '\\' OR LOWER(u.displayName) LIKE :p ESCAPE '\\'";
        TypedQuery<User> query = em.createQuery("SELECT u FROM User u" + where + " ORDER BY LOWER(u.displayName), u.id", User.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM User u" + where, Long.class);
        if (pattern != null) {
            query.setParameter("p", pattern);
            count.setParameter("p", pattern);
        }
        List<User> users = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<UUID, List<String>> roles = roleNames(users.stream().map(User::getId).toList());
        List<UserView> views = users.stream().map(u -> view(u, roles.getOrDefault(u.getId(), List.of()))).toList();
        return new Page<>(views, count.getSingleResult(), page.offset(), page.limit());
    }

    @RequiresPermission("users:read")
    public List<RoleView> roles() {
        return em.createQuery("SELECT r FROM Role r ORDER BY r.builtin DESC, LOWER(r.name)", Role.class).getResultStream()
                .map(r -> new RoleView(r.getId(), r.getName(), r.getDescription(), r.isBuiltin()))
                .toList();
    }

    @RequiresPermission("users:write")
    public UserView create(NewUser input) {
        validation.check(input);
        CallerIdentity caller = TenantSession.current(transactions).orElseThrow();
        Long taken = em.createQuery("SELECT COUNT(u) FROM User u WHERE LOWER(u.email) = :email", Long.class)
                .setParameter("email", input.email().strip().toLowerCase())
                .getSingleResult();
        if (taken > 0) {
            throw InvalidInputException.of("email", "is already used by another user of this organization");
        }
        List<Role> roles = em.createQuery("SELECT r FROM Role r WHERE r.id IN :ids", Role.class)
                .setParameter("ids", input.roleIds())
                .getResultList();
        if (roles.size() != new java.util.HashSet<>(input.roleIds()).size()) {
            throw InvalidInputException.of("roleIds", "contains a role that does not exist");
        }
        User user = new User(caller.tenantId(), input.email(), input.displayName(),
                PasswordHashing.hash(input.initialPassword().toCharArray()));
        em.persist(user);
        em.flush();
        for (Role role : roles) {
            em.persist(new UserRole(caller.tenantId(), user.getId(), role.getId()));
        }
        return view(user, roles.stream().map(Role::getName).sorted().toList());
    }

    /** Deactivates a user; the last active administrator of a tenant cannot be deactivated. */
    @RequiresPermission("users:write")
    public UserView deactivate(UUID userId) {
        // One deactivation per tenant at a time, so two admins cannot deactivate each other at once.
        em.createNativeQuery("SELECT id FROM shopfloor.tenants WHERE id = ?1 FOR UPDATE")
                .setParameter(1, TenantSession.current(transactions).orElseThrow().tenantId())
                .getSingleResult();
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFoundException("User", userId);
        }
        if (user.isActive() && isAdmin(userId) && activeAdmins() <= 1) {
            throw new BusinessRuleException(user.getDisplayName()
                    + " is the last active administrator of this organization and cannot be deactivated.");
        }
        user.deactivate();
        em.flush();
        return view(user, roleNames(List.of(userId)).getOrDefault(userId, List.of()));
    }

    private boolean isAdmin(UUID userId) {
        return em.createQuery("SELECT COUNT(ur) FROM UserRole ur, Role r WHERE r.id = ur.roleId AND ur.userId = :u AND r.name = :admin", Long.class)
                .setParameter("u", userId).setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }

    private long activeAdmins() {
        return em.createQuery("SELECT COUNT(DISTINCT u.id) FROM User u, UserRole ur, Role r "
                        + "WHERE ur.userId = u.id AND r.id = ur.roleId AND r.name = :admin AND u.status = :active", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("active", User.ACTIVE).getSingleResult();
    }

    private Map<UUID, List<String>> roleNames(List<UUID> userIds) {
        Map<UUID, List<String>> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createQuery("SELECT ur.userId, r.name FROM UserRole ur, Role r WHERE r.id = ur.roleId AND ur.userId IN :ids ORDER BY r.name", Object[].class)
                .setParameter("ids", userIds)
                .getResultList();
        for (Object[] row : rows) {
            names.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return names;
    }

    private static UserView view(User user, List<String> roles) {
        return new UserView(user.getId(), user.getEmail(), user.getDisplayName(), user.getStatus(), roles,
                user.getCreatedAt(), user.getVersion());
    }
}
