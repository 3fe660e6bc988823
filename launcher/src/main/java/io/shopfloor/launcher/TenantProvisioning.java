package io.shopfloor.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.shopfloor.platform.security.control.PasswordHashing;

/**
 * Creates a tenant (an organization) with its first users, over JDBC as the owner role: the
 * runtime role cannot create organizations. One transaction, in which the owner's
 * {@code provision_organization} binds the new tenant transaction-locally, so row level security
 * and the audit trail apply to its users as to any other write. The run command uses it for the
 * demo tenant, operators through {@link CreateOrganization}, integration tests for tenants of their own.
 */
public final class TenantProvisioning {

    /** A user to create with the tenant; {@code roleName} is one of the built-in roles (admin, manager, worker, viewer). */
    public record NewUser(String email, String displayName, String password, String roleName) {

        public NewUser {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(roleName, "roleName");
        }

        @Override
        public String toString() {
            return "NewUser[" + email + ", " + displayName + ", role " + roleName + "]";
        }
    }

    /** The new tenant's id and its users' ids by email. */
    public record ProvisionedTenant(UUID tenantId, String slug, Map<String, UUID> userIdsByEmail) {
    }

    private TenantProvisioning() {
    }

    /**
     * Creates the tenant and its users in one transaction on {@code owner}, a connection as the
     * owner role (its autocommit setting is restored afterwards). The tenants table's
     * trigger creates the built-in roles; each user gets the named one. Passwords are hashed with
     * {@link PasswordHashing}; a null password leaves the user without one.
     */
    public static ProvisionedTenant createTenant(Connection owner, String slug, String name, String timezone,
                                                 String currency, List<NewUser> users) throws SQLException {
        UUID tenantId = UUID.randomUUID();
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try {
            try (PreparedStatement provision = owner.prepareStatement("SELECT shopfloor.provision_organization(?, ?, ?, ?, ?)")) {
                provision.setObject(1, tenantId);
                provision.setString(2, slug);
                provision.setString(3, name);
                provision.setString(4, timezone);
                provision.setString(5, currency);
                provision.execute();
            }
            Map<String, UUID> userIds = new LinkedHashMap<>();
            for (NewUser user : users) {
                userIds.put(user.email(), insertUser(owner, tenantId, user));
            }
            owner.commit();
            return new ProvisionedTenant(tenantId, slug, Map.copyOf(userIds));
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /**
     * The id of the tenant with this slug, looked up on {@code owner}, a connection as the owner
     * role: the application role sees no tenant before its tenant context is set.
     */
    public static Optional<UUID> findTenantId(Connection owner, String slug) throws SQLException {
        try (PreparedStatement query = owner.prepareStatement("SELECT id FROM shopfloor.tenants WHERE slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static UUID insertUser(Connection owner, UUID tenantId, NewUser user) throws SQLException {
        UUID userId = UUID.randomUUID();
        try (PreparedStatement insert = owner.prepareStatement(
                "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, userId);
            insert.setObject(2, tenantId);
            insert.setString(3, user.email());
            insert.setString(4, user.displayName());
            insert.setString(5, user.password() == null ? null : PasswordHashing.hash(user.password().toCharArray()));
            insert.executeUpdate();
        }
        try (PreparedStatement grant = owner.prepareStatement("""
                INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id)
                SELECT ?, ?, id FROM shopfloor.roles WHERE tenant_id = ? AND name = ?""")) {
            grant.setObject(1, tenantId);
            grant.setObject(2, userId);
            grant.setObject(3, tenantId);
            grant.setString(4, user.roleName());
            if (grant.executeUpdate() != 1) {
                throw new IllegalArgumentException("The new tenant has no role named '" + user.roleName() + "'");
            }
        }
        return userId;
    }
}
