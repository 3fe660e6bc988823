package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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
import io.shopfloor.orders.entity.OrderPriority;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.StatusChangeCause;
import io.shopfloor.orders.entity.OrderView;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.boundary.CurrentUser;
import io.shopfloor.platform.security.control.PermissionDeniedException;

/** The customers and orders services on Payara Server, called as users of two organizations. */
@ExtendWith(ArquillianExtension.class)
class OrderServicesIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Customers customers;

    @Inject
    Orders orders;

    @Inject
    CurrentUser currentUser;

    @Test
    void eachOrganizationSeesOnlyItsOwnOrdersEvenById() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        String name = "Tenant test " + UUID.randomUUID();
        OrderView order = orders.create(new OrderDraft(customers.create(new CustomerDraft(name, null, null, null, null)).id(),
                OrderPriority.RUSH, LocalDate.now().plusDays(5), null, null));
        assertThat(orders.find(order.id()).customerName()).isEqualTo(name);
        assertThat(orders.list(new OrderFilter(null, null, null, null, null, name), PageRequest.first(10)).total()).isEqualTo(1);

        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        assertThat(currentUser.me().email()).isEqualTo(TestOrganizations.email("manager", TestOrganizations.GLOBEX));
        assertThatThrownBy(() -> orders.find(order.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.find(order.customerId())).isInstanceOf(NotFoundException.class);
        assertThat(orders.list(new OrderFilter(null, null, null, null, null, name), PageRequest.first(10)).total()).isZero();
        assertThatThrownBy(() -> orders.create(new OrderDraft(order.customerId(), null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("customerId"));
    }

    @Test
    void aViewerReadsButIsRefusedAWriteWithAClearMessage() {
        Callers.signInAs("viewer", TestOrganizations.ACME);
        assertThat(orders.list(OrderFilter.none(), PageRequest.first(5))).isNotNull();
        assertThatThrownBy(() -> customers.create(new CustomerDraft("Not allowed", null, null, null, null)))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("Your roles do not allow this: it needs the permission 'customers:write'.");
    }

    @Test
    void aWorkerReadsOrdersButCannotChangeThem() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        OrderView order = orders.create(new OrderDraft(customers.create(new CustomerDraft("Worker test", null, null, null, null)).id(),
                null, null, null, null));
        Callers.signInAs("worker", TestOrganizations.ACME);
        assertThat(orders.find(order.id()).orderNumber()).isEqualTo(order.orderNumber());
        assertThatThrownBy(() -> orders.changeStatus(order.id(), order.version(), OrderStatus.IN_PRODUCTION, "trying"))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("orders:write");
    }

    @Test
    void withoutASignedInCallerEveryServiceRefuses() {
        assertThatThrownBy(() -> orders.list(OrderFilter.none(), PageRequest.first(5)))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("Please sign in first.");
    }

    @Test
    void aStaleVersionIsAConcurrentEditAndChangesNothing() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        OrderView order = orders.create(new OrderDraft(customers.create(new CustomerDraft("Lock test", null, null, null, null)).id(),
                null, null, "first", null));
        OrderView changed = orders.update(order.id(), order.version(),
                new OrderDraft(order.customerId(), OrderPriority.EXPEDITE, null, "second", Map.of()));
        assertThat(changed.version()).isGreaterThan(order.version());
        assertThatThrownBy(() -> orders.update(order.id(), order.version(),
                new OrderDraft(order.customerId(), null, null, "lost update", Map.of())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(orders.find(order.id()).notes()).isEqualTo("second");
    }

    @Test
    void statusChangesAreRecordedWithWhoAndWhy() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        OrderView order = orders.create(new OrderDraft(customers.create(new CustomerDraft("History test", null, null, null, null)).id(),
                null, null, null, null));
        OrderView held = orders.changeStatus(order.id(), order.version(), OrderStatus.ON_HOLD, "Waiting for walnut");
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        var history = orders.history(order.id());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).oldStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(history.get(0).cause()).isEqualTo(StatusChangeCause.CREATED);
        assertThat(history.get(0).reason().in(Locale.ENGLISH)).isEqualTo("Order created");
        assertThat(history.get(1).cause()).isEqualTo(StatusChangeCause.CHANGED);
        assertThat(history.get(1).note()).isEqualTo("Waiting for walnut");
        assertThat(history.get(1).reason().in(Locale.forLanguageTag("vi"))).as("a person's words stay as written").isEqualTo("Waiting for walnut");
        assertThat(history.get(1).changedByName()).isEqualTo("manager of " + TestOrganizations.ACME);
    }
}
