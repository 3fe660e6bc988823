package io.shopfloor.platform.users.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.query.SearchText;
import io.shopfloor.platform.roles.control.Administrators;
import io.shopfloor.platform.roles.control.GrantLimits;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.users.control.Passwords;
import io.shopfloor.platform.users.control.SetPasswordLinks;
import io.shopfloor.platform.users.entity.CreatedUser;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.Role;
import io.shopfloor.platform.users.entity.RoleView;
import io.shopfloor.platform.users.entity.SetPasswordLink;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.platform.users.entity.UserEdit;
import io.shopfloor.platform.users.entity.UserRole;
import io.shopfloor.platform.users.entity.UserView;

/** Users of the caller's tenant. Users are deactivated, never deleted: the audit trail names them. */
@Stateless
public class Users {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @Inject
    InputValidation validation;

    @RequiresPermission("users:read")
    public Page<UserView> list(String search, PageRequest page) {
        String pattern = SearchText.containsPattern(search);
        String where = pattern == null ? "" : " WHERE " + SearchText.matches("u.email", "p") + " OR " + SearchText.matches("u.displayName", "p");
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

    /** Creates a user with the initial password the administrator chose. */
    @RequiresPermission("users:write")
    public UserView create(NewUser input) {
        validation.check(input);
        if (input.initialPassword() == null) {
            throw InvalidInputException.of("initialPassword", "users.passwordOrLink");
        }
        UserView user = insert(input);
        Passwords.set(em, user.id(), "initialPassword", input.initialPassword());
        return user;
    }

    /**
     * Creates a user without a password and returns the one-time link with which they choose
     * one. Until then nobody can sign in as them.
     */
    @RequiresPermission("users:write")
    public CreatedUser createWithLink(NewUser input) {
        validation.check(input);
        if (input.initialPassword() != null) {
            throw InvalidInputException.of("initialPassword", "users.noPasswordWithLink");
        }
        UserView user = insert(input);
        return new CreatedUser(user, SetPasswordLinks.issue(em, caller.tenantId(), user.id()));
    }

    private UserView insert(NewUser input) {
        CallerIdentity caller = this.caller.identity();
        requireUnusedEmail(input.email(), null);
        List<Role> roles = existingRoles(input.roleIds());
        GrantLimits.requireCallerHoldsRoles(em, this.caller, input.roleIds());
        User user = new User(caller.tenantId(), input.email(), input.displayName());
        em.persist(user);
        em.flush();
        for (Role role : roles) {
            em.persist(new UserRole(caller.tenantId(), user.getId(), role.getId()));
        }
        return view(user, roles.stream().map(Role::getName).sorted().toList());
    }

    /** Changes a user's e-mail address and name; {@code version} is the one the administrator read. */
    @RequiresPermission("users:write")
    public UserView update(UUID userId, long version, UserEdit edit) {
        validation.check(edit);
        User user = changeable(userId);
        if (user.getVersion() != version) {
            throw new ConcurrentEditException("users.this");
        }
        requireUnusedEmail(edit.email(), userId);
        user.changeContact(edit.email(), edit.displayName());
        em.flush();
        return view(user, roleNames(List.of(userId)).getOrDefault(userId, List.of()));
    }

    /**
     * Gives the user exactly these roles. Refused when it would leave the organization without
     * an active administrator (e.g. the last one taking admin away from themselves).
     */
    @RequiresPermission("users:write")
    public UserView assignRoles(UUID userId, List<UUID> roleIds) {
        if (roleIds == null || roleIds.isEmpty()) {
            throw InvalidInputException.of("roleIds", "input.chooseRole");
        }
        CallerIdentity caller = this.caller.identity();
        Administrators.lockTenant(em, caller.tenantId());
        User user = changeable(userId);
        List<Role> roles = existingRoles(roleIds);
        GrantLimits.requireCallerHoldsRoles(em, this.caller, roleIds);
        Set<UUID> wanted = roles.stream().map(Role::getId).collect(Collectors.toSet());
        List<UserRole> held = em.createQuery("SELECT ur FROM UserRole ur WHERE ur.userId = :u", UserRole.class)
                .setParameter("u", userId).getResultList();
        Set<UUID> kept = new HashSet<>();
        for (UserRole assignment : held) {
            if (wanted.contains(assignment.getRoleId())) {
                kept.add(assignment.getRoleId());
            } else {
                em.remove(assignment);
            }
        }
        for (UUID roleId : wanted) {
            if (!kept.contains(roleId)) {
                em.persist(new UserRole(caller.tenantId(), userId, roleId));
            }
        }
        Administrators.requireOneRemains(em, Message.of("users.wouldLoseAdmin", user.getDisplayName()));
        return view(user, roles.stream().map(Role::getName).sorted().toList());
    }

    /** Deactivates a user; the last active administrator of a tenant cannot be deactivated. */
    @RequiresPermission("users:write")
    public UserView deactivate(UUID userId) {
        // One change of access rights per tenant at a time, so two admins cannot deactivate each other at once.
        Administrators.lockTenant(em, caller.tenantId());
        User user = changeable(userId);
        user.deactivate();
        Administrators.requireOneRemains(em, Message.of("users.lastAdministrator", user.getDisplayName()));
        return view(user, roleNames(List.of(userId)).getOrDefault(userId, List.of()));
    }

    /**
     * Sets a new password the administrator chose and tells the user by other means. The user's
     * sessions end and their API tokens are revoked.
     */
    @RequiresPermission("users:write")
    public void resetPassword(UUID userId, String newPassword) {
        changeable(userId);
        Passwords.resetTo(em, userId, "newPassword", newPassword);
    }

    /**
     * Replaces the user's password with a one-time link to choose a new one: the old password,
     * the user's sessions and API tokens stop working now, which is what a reset after a leak needs.
     */
    @RequiresPermission("users:write")
    public SetPasswordLink resetPasswordWithLink(UUID userId) {
        User user = changeable(userId);
        if (!user.isActive()) {
            throw new BusinessRuleException("users.deactivatedNoLink", user.getDisplayName());
        }
        Passwords.resetForLink(em, userId);
        return SetPasswordLinks.issue(em, user.getTenantId(), userId);
    }

    private User user(UUID userId) {
        return Records.require(em, User.class, userId, "record.user");
    }

    /** A user the caller may change: one who holds nothing beyond the caller's own permissions. */
    private User changeable(UUID userId) {
        User user = user(userId);
        GrantLimits.requireNotAboveCaller(em, this.caller, userId, Message.of("input.asWritten", user.getDisplayName()));
        return user;
    }

    private void requireUnusedEmail(String email, UUID except) {
        Long taken = em.createQuery("SELECT COUNT(u) FROM User u WHERE LOWER(u.email) = :email AND u.id <> :except", Long.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult();
        if (taken > 0) {
            throw InvalidInputException.of("email", "users.emailTaken");
        }
    }

    private List<Role> existingRoles(List<UUID> roleIds) {
        List<Role> roles = em.createQuery("SELECT r FROM Role r WHERE r.id IN :ids", Role.class)
                .setParameter("ids", roleIds)
                .getResultList();
        if (roles.size() != new HashSet<>(roleIds).size()) {
            throw InvalidInputException.of("roleIds", "roles.unknownRole");
        }
        return roles;
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
