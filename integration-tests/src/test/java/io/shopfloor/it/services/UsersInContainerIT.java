package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.roles.boundary.Roles;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.platform.security.boundary.CurrentUser;
import io.shopfloor.platform.users.boundary.PasswordLinkRedemption;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.CreatedUser;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.SetPasswordLink;
import io.shopfloor.platform.users.entity.SignInHint;
import io.shopfloor.platform.users.entity.UserEdit;
import io.shopfloor.platform.users.entity.UserView;

/** An administrator's work on users, and one-time set-password links, on Payara Server. */
@ExtendWith(ArquillianExtension.class)
class UsersInContainerIT {

    private static final String ORG = TestOrganizations.ACME;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Users users;

    @Inject
    Roles roles;

    @Inject
    PasswordLinkRedemption links;

    @Inject
    CurrentUser currentUser;

    @Test
    void anAdministratorEditsAUserAndAStaleEditChangesNothing() {
        Callers.signInAs("admin", ORG);
        UserView user = users.create(new NewUser(email("edit"), "Eddie Edit", TestOrganizations.PASSWORD, List.of(role("worker"))));
        String newEmail = email("edited");
        UserView edited = users.update(user.id(), user.version(), new UserEdit(newEmail, "Eddie Edited"));
        assertThat(edited.email()).isEqualTo(newEmail);
        assertThat(edited.displayName()).isEqualTo("Eddie Edited");
        assertThatThrownBy(() -> users.update(user.id(), user.version(), new UserEdit(newEmail, "Lost update")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> users.update(user.id(), edited.version(), new UserEdit(TestOrganizations.email("manager", ORG), "Taken")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("email"));
        assertThat(users.list(newEmail, io.shopfloor.platform.query.PageRequest.first(1)).items().get(0).displayName()).isEqualTo("Eddie Edited");
    }

    @Test
    void rolesAreAssignedExactlyAndAUserNeedsAtLeastOne() {
        Callers.signInAs("admin", ORG);
        UserView user = users.create(new NewUser(email("roles"), "Rolf Roles", TestOrganizations.PASSWORD, List.of(role("worker"))));
        assertThat(users.assignRoles(user.id(), List.of(role("viewer"), role("manager"))).roles()).containsExactly("manager", "viewer");
        assertThat(users.assignRoles(user.id(), List.of(role("viewer"))).roles()).containsExactly("viewer");
        assertThatThrownBy(() -> users.assignRoles(user.id(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("roleIds"));

        Callers.signInWith(ORG, user.email(), TestOrganizations.PASSWORD);
        assertThat(currentUser.me().can("orders:read")).isTrue();
        assertThat(currentUser.me().can("orders:write")).isFalse();
    }

    @Test
    void anAdministratorSetsANewPasswordOfTwelveCharactersOrMore() {
        Callers.signInAs("admin", ORG);
        UserView user = users.create(new NewUser(email("reset"), "Rita Reset", TestOrganizations.PASSWORD, List.of(role("worker"))));
        assertThatThrownBy(() -> users.resetPassword(user.id(), "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("newPassword"));
        users.resetPassword(user.id(), "a-brand-new-password");
        assertThatThrownBy(() -> Callers.signInWith(ORG, user.email(), TestOrganizations.PASSWORD)).isInstanceOf(IllegalStateException.class);
        Callers.signInWith(ORG, user.email(), "a-brand-new-password");
        assertThat(currentUser.me().displayName()).isEqualTo("Rita Reset");
    }

    @Test
    void aSetPasswordLinkWorksOnceAndAResetLinkEndsTheOldPassword() {
        Callers.signInAs("admin", ORG);
        CreatedUser created = users.createWithLink(new NewUser(email("link"), "Lars Link", null, List.of(role("worker"))));
        assertThat(created.link().token()).startsWith("sfl_");
        assertThatThrownBy(() -> users.createWithLink(new NewUser(email("both"), "Both", "a-password-too-long", List.of(role("worker")))))
                .isInstanceOf(InvalidInputException.class);

        assertThatThrownBy(() -> links.setPassword(created.link().token(), "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("password"));
        SignInHint hint = links.setPassword(created.link().token(), "lars-own-password");
        assertThat(hint).isEqualTo(new SignInHint(ORG, created.user().email()));
        assertThatThrownBy(() -> links.setPassword(created.link().token(), "someone-elses-password"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already used");
        Callers.signInWith(ORG, created.user().email(), "lars-own-password");

        Callers.signInAs("admin", ORG);
        SetPasswordLink first = users.resetPasswordWithLink(created.user().id());
        SetPasswordLink second = users.resetPasswordWithLink(created.user().id());
        assertThatThrownBy(() -> Callers.signInWith(ORG, created.user().email(), "lars-own-password"))
                .as("a reset ends the old password").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> links.setPassword(first.token(), "from-the-first-link"))
                .as("a newer link retires the older one").isInstanceOf(BusinessRuleException.class);
        links.setPassword(second.token(), "from-the-second-link");
        Callers.signInWith(ORG, created.user().email(), "from-the-second-link");
        assertThatThrownBy(() -> links.setPassword("sfl_" + "x".repeat(43), "whatever-password")).isInstanceOf(BusinessRuleException.class);
    }

    private UUID role(String name) {
        return roles.list().stream().filter(r -> r.name().equals(name)).map(RoleDetails::id).findFirst().orElseThrow();
    }

    private static String email(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + ORG + ".example";
    }
}
