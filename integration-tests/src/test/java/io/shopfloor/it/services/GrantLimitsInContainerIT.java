package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.roles.boundary.Roles;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.platform.security.boundary.ApiTokens;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.UserEdit;
import io.shopfloor.platform.users.entity.UserView;

/**
 * Nobody gives more than they hold: an access clerk (users, roles and tokens, read and write, but
 * nothing else) cannot make themselves or anyone an administrator, nor take over one.
 */
@ExtendWith(ArquillianExtension.class)
class GrantLimitsInContainerIT {

    private static final String ORG = TestOrganizations.GLOBEX;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Roles roles;

    @Inject
    Users users;

    @Inject
    ApiTokens apiTokens;

    @Test
    void anAccessClerkCannotEscalateToAdministrator() {
        Callers.signInAs("admin", ORG);
        RoleDetails clerkRole = roles.create("Access clerk " + suffix(), "manages access",
                Set.of("users:read", "users:write", "roles:read", "roles:write", "tokens:read", "tokens:write"));
        UserView clerk = users.create(new NewUser(email("clerk"), "Cleo Clerk", TestOrganizations.PASSWORD, List.of(clerkRole.id())));
        RoleDetails adminRole = role("admin");
        UserView admin = user(TestOrganizations.email("admin", ORG));

        Callers.signInWith(ORG, clerk.email(), TestOrganizations.PASSWORD);
        assertThatThrownBy(() -> roles.setPermissions(clerkRole.id(), Set.of("users:read", "users:write", "roles:read", "roles:write", "*")))
                .as("adding * to a role the clerk holds").isInstanceOf(PermissionDeniedException.class).hasMessageContaining("*");
        assertThatThrownBy(() -> roles.create("Backdoor " + suffix(), null, Set.of("orders:internal")))
                .as("a new role with what the clerk lacks").isInstanceOf(PermissionDeniedException.class).hasMessageContaining("orders:internal");
        assertThatThrownBy(() -> roles.setPermissions(adminRole.id(), Set.of("users:read")))
                .as("stripping the administrators' role, which grants more than the clerk holds").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.assignRoles(clerk.id(), List.of(clerkRole.id(), adminRole.id())))
                .as("the admin role for oneself").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.create(new NewUser(email("puppet"), "Pat Puppet", TestOrganizations.PASSWORD, List.of(adminRole.id()))))
                .as("a new administrator").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(admin.id(), "taken-over-password"))
                .as("resetting an administrator's password").isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("holds permissions your roles do not include");
        assertThatThrownBy(() -> users.resetPasswordWithLink(admin.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.update(admin.id(), admin.version(), new UserEdit(email("hijack"), admin.displayName())))
                .as("changing an administrator's e-mail").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.deactivate(admin.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> apiTokens.createFor(admin.id(), "mine now", TestOrganizations.PASSWORD, null))
                .as("minting a token for an administrator").isInstanceOf(PermissionDeniedException.class);

        // Within the clerk's own rights everything still works.
        RoleDetails readers = roles.create("User readers " + suffix(), null, Set.of("users:read"));
        UserView reader = users.create(new NewUser(email("reader"), "Rhea Reader", TestOrganizations.PASSWORD, List.of(readers.id())));
        users.resetPassword(reader.id(), "a-password-the-clerk-chose");
        assertThat(apiTokens.createFor(reader.id(), "reader's report", TestOrganizations.PASSWORD, 7).token()).startsWith("sft_");

        Callers.signInAs("admin", ORG);
        assertThat(roles.find(clerkRole.id()).permissions()).doesNotContain("*");
        assertThat(user(TestOrganizations.email("admin", ORG)).roles()).contains("admin");
        // The organization is shared with other tests: leave it as it was.
        users.deactivate(clerk.id());
        users.deactivate(reader.id());
    }

    private RoleDetails role(String name) {
        return roles.list().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private UserView user(String email) {
        return users.list(email, PageRequest.first(1)).items().get(0);
    }

    private static String email(String who) {
        return who + "-" + suffix() + "@" + ORG + ".example";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
