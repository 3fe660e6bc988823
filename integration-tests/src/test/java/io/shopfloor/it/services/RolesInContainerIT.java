package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
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

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderView;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.roles.boundary.Roles;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.platform.security.boundary.CurrentUser;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.UserView;

/** Roles and permissions on Payara Server: what a role grants is what the services allow, from the next call on. */
@ExtendWith(ArquillianExtension.class)
class RolesInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Roles roles;

    @Inject
    Users users;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    CurrentUser currentUser;

    @Test
    void aRoleWithoutOrdersWriteIsRefusedAndTheCallAfterTheGrantSucceeds() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        UUID customerId = customers.create(new CustomerDraft("Roles test " + UUID.randomUUID(), null, null, null, null)).id();

        Callers.signInAs("admin", TestOrganizations.ACME);
        RoleDetails clerk = roles.create("Order clerk " + suffix(), "reads orders", Set.of("orders:read"));
        String email = "clerk-" + suffix() + "@" + TestOrganizations.ACME + ".example";
        users.create(new NewUser(email, "Clara Clerk", TestOrganizations.PASSWORD, List.of(clerk.id())));

        Callers.signInWith(TestOrganizations.ACME, email, TestOrganizations.PASSWORD);
        assertThat(orders.list(OrderFilter.none(), PageRequest.first(5))).isNotNull();
        assertThat(currentUser.me().can("orders:write")).isFalse();
        assertThatThrownBy(() -> orders.create(new OrderDraft(customerId, null, null, "not yet", null)))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("orders:write");
        assertThatThrownBy(() -> roles.setPermissions(clerk.id(), Set.of("*")))
                .as("a clerk cannot grant themselves more").isInstanceOf(PermissionDeniedException.class);

        Callers.signInAs("admin", TestOrganizations.ACME);
        assertThat(roles.setPermissions(clerk.id(), Set.of("orders:read", "orders:write")).permissions())
                .containsExactly("orders:read", "orders:write");

        // The clerk's identity carries no permissions: the next call reads the role as it is now.
        Callers.signInWith(TestOrganizations.ACME, email, TestOrganizations.PASSWORD);
        OrderView order = orders.create(new OrderDraft(customerId, null, null, "now allowed", null));
        assertThat(order.notes()).isEqualTo("now allowed");

        Callers.signInAs("admin", TestOrganizations.ACME);
        roles.setPermissions(clerk.id(), Set.of("orders:read"));
        Callers.signInWith(TestOrganizations.ACME, email, TestOrganizations.PASSWORD);
        assertThatThrownBy(() -> orders.create(new OrderDraft(customerId, null, null, "taken away again", null)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theLastAdministratorCannotLoseAdminRightsNorBeDeactivated() {
        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        UUID me = currentUser.me().userId();
        RoleDetails admin = role("admin");
        RoleDetails manager = role("manager");

        assertThatThrownBy(() -> users.assignRoles(me, List.of(manager.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("without an active administrator");
        assertThatThrownBy(() -> roles.setPermissions(admin.id(), Set.of("users:*", "orders:*")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("without an active administrator");
        assertThatThrownBy(() -> users.deactivate(me))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("last active administrator");

        assertThat(role("admin").permissions()).as("nothing was changed").containsExactly("*");
        assertThat(currentUser.me().can("roles:write")).isTrue();
        assertThat(users.list("admin@", PageRequest.first(5)).items()).extracting(UserView::status).containsOnly("active");
    }

    @Test
    void aSecondAdministratorMakesTheChangePossible() {
        Callers.signInAs("admin", TestOrganizations.ACME);
        RoleDetails access = roles.create("Access admin " + suffix(), null, Set.of("users:write", "users:read", "roles:*"));
        String email = "access-" + suffix() + "@" + TestOrganizations.ACME + ".example";
        UserView second = users.create(new NewUser(email, "Second Admin", TestOrganizations.PASSWORD, List.of(access.id())));
        assertThatCode(() -> users.deactivate(second.id())).as("the first admin remains, so this is allowed")
                .doesNotThrowAnyException();
        assertThat(users.list(email, PageRequest.first(1)).items().get(0).status()).isEqualTo("inactive");
    }

    @Test
    void roleNamesAreUniqueBuiltInsStayAndHeldRolesAreNotDeleted() {
        Callers.signInAs("admin", TestOrganizations.ACME);
        assertThatThrownBy(() -> roles.create("MANAGER", null, Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> roles.create("Pilot " + suffix(), null, Set.of("orders:fly", "orders:read")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("permissions")).contains("orders:fly").doesNotContain("orders:read"));
        assertThatThrownBy(() -> roles.rename(role("worker").id(), "Workers"))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> roles.delete(role("viewer").id()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("cannot be deleted");

        RoleDetails held = roles.create("Held " + suffix(), null, Set.of("orders:read"));
        users.create(new NewUser("held-" + suffix() + "@" + TestOrganizations.ACME + ".example", "Holder",
                TestOrganizations.PASSWORD, List.of(held.id())));
        assertThatThrownBy(() -> roles.delete(held.id()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("still held by 1 user");

        RoleDetails unused = roles.create("Unused " + suffix(), null, Set.of("orders:*"));
        RoleDetails renamed = roles.rename(unused.id(), "Renamed " + suffix());
        assertThat(renamed.permissions()).containsExactly("orders:*");
        roles.delete(unused.id());
        assertThat(roles.list()).extracting(RoleDetails::id).doesNotContain(unused.id());
    }

    @Test
    void workersCannotReadRoles() {
        Callers.signInAs("worker", TestOrganizations.ACME);
        assertThatThrownBy(() -> roles.list())
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("roles:read");
    }

    private RoleDetails role(String name) {
        return roles.list().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
