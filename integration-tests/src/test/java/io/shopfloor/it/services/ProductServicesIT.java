package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.OrderView;
import io.shopfloor.orders.entity.ProductComplexity;
import io.shopfloor.orders.entity.ProductDraft;
import io.shopfloor.orders.entity.ProductOptionView;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.roles.boundary.Roles;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;

/** Products with their options, and orders that choose them, on Payara Server as users of two organizations. */
@ExtendWith(ArquillianExtension.class)
class ProductServicesIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Products products;

    @Inject
    Customers customers;

    @Inject
    Orders orders;

    @Inject
    Roles roles;

    @Inject
    Users users;

    @Test
    void anOptionOfAnotherProductIsRefusedWithTheFieldError() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        ProductView verite = productWith("Verite " + suffix(), "Sapele", "Cherry");
        ProductView auteur = productWith("Auteur " + suffix(), "Walnut");
        UUID customer = customers.create(new CustomerDraft("Options " + suffix(), null, null, null, null)).id();

        assertThatThrownBy(() -> orders.create(draft(customer, verite.id(), auteur.options().get(0).id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("optionId")
                        .containsEntry("optionId", "this is not an option of product " + verite.name() + "; choose one of: Sapele, Cherry"));

        OrderView order = orders.create(draft(customer, verite.id(), verite.options().get(1).id(), null));
        assertThat(order.productName()).isEqualTo(verite.name());
        assertThat(order.optionName()).isEqualTo("Cherry");

        // A deactivated option is no longer offered to new orders, but the order that has it keeps it.
        products.deactivateOption(verite.options().get(1).id());
        assertThatThrownBy(() -> orders.create(draft(customer, verite.id(), verite.options().get(1).id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("optionId"))
                        .isEqualTo("\"Cherry\" is no longer an option of product " + verite.name() + "; choose one of: Sapele"));
        OrderView kept = orders.update(order.id(), order.version(), new OrderDraft(customer, null, null, "still cherry", null,
                verite.id(), verite.options().get(1).id(), Map.of("engraving", "AB"), null));
        assertThat(kept.optionName()).isEqualTo("Cherry");
        assertThat(kept.customizations()).containsEntry("engraving", "AB");

        ProductView deactivated = products.deactivate(auteur.id(), auteur.version());
        assertThat(deactivated.active()).isFalse();
        assertThatThrownBy(() -> orders.create(draft(customer, auteur.id(), auteur.options().get(0).id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("productId"));
    }

    @Test
    void internalNotesAreHiddenFromAWorkerAndCannotBeWrittenWithoutThePermission() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        UUID customer = customers.create(new CustomerDraft("Internal " + suffix(), null, null, null, null)).id();
        OrderView order = orders.create(draft(customer, null, null, "pays late, call first"));
        assertThat(order.internalNotes()).isEqualTo("pays late, call first");

        Callers.signInAs("worker", TestOrganizations.ACME);
        OrderView seen = orders.find(order.id());
        assertThat(seen.orderNumber()).isEqualTo(order.orderNumber());
        assertThat(seen.internalNotes()).isNull();

        Callers.signInAs("viewer", TestOrganizations.ACME);
        assertThat(orders.find(order.id()).internalNotes()).isNull();

        // A clerk who may change orders but not internal notes: their notes are refused on the
        // field, and a change of anything else leaves the notes as they were.
        Callers.signInAs("admin", TestOrganizations.ACME);
        RoleDetails clerk = roles.create("Order writer " + suffix(), "changes orders", Set.of("orders:read", "orders:write"));
        String email = "writer-" + suffix() + "@" + TestOrganizations.ACME + ".example";
        users.create(new NewUser(email, "Wanda Writer", TestOrganizations.PASSWORD, List.of(clerk.id())));
        Callers.signInWith(TestOrganizations.ACME, email, TestOrganizations.PASSWORD);
        assertThat(orders.find(order.id()).internalNotes()).isNull();
        assertThatThrownBy(() -> orders.update(order.id(), order.version(), draft(customer, null, null, "my own note")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("internalNotes"));
        OrderView changed = orders.update(order.id(), order.version(), new OrderDraft(customer, null, null, "changed by the clerk", null));
        assertThat(changed.notes()).isEqualTo("changed by the clerk");

        Callers.signInAs("manager", TestOrganizations.ACME);
        assertThat(orders.find(order.id()).internalNotes()).isEqualTo("pays late, call first");
    }

    @Test
    void productsAreTheOrganizationsOwnAndOnlyManagersChangeThem() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        String name = "Atticus " + suffix();
        ProductView atticus = productWith(name, "Ash");
        assertThatThrownBy(() -> products.create(new ProductDraft(name.toUpperCase(), "ZZ" + suffix().substring(0, 4), null,
                BigDecimal.ONE, BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> products.addOption(atticus.id(), " ash "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("optionName"));
        ProductView reordered = products.reorderOptions(atticus.id(),
                List.of(products.addOption(atticus.id(), "Maple").options().get(1).id(), atticus.options().get(0).id()));
        assertThat(reordered.options()).extracting(ProductOptionView::name).containsExactly("Maple", "Ash");
        assertThat(products.list(name, false, PageRequest.first(10)).total()).isOne();

        Callers.signInAs("worker", TestOrganizations.ACME);
        assertThat(products.find(atticus.id()).name()).isEqualTo(name);
        assertThatThrownBy(() -> products.addOption(atticus.id(), "Cocobolo"))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("products:write");

        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        assertThatThrownBy(() -> products.find(atticus.id())).isInstanceOf(NotFoundException.class);
        assertThat(products.list(name, false, PageRequest.first(10)).total()).isZero();
        UUID globexCustomer = customers.create(new CustomerDraft("Globex " + suffix(), null, null, null, null)).id();
        assertThatThrownBy(() -> orders.create(draft(globexCustomer, atticus.id(), atticus.options().get(0).id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("productId", "is not a product of this organization"));
    }

    private ProductView productWith(String name, String... options) {
        ProductView product = products.create(new ProductDraft(name, "P" + suffix().substring(0, 6), ProductComplexity.HIGH,
                new BigDecimal("12.5"), new BigDecimal("2499.00"), null));
        for (String option : options) {
            product = products.addOption(product.id(), option);
        }
        return product;
    }

    private static OrderDraft draft(UUID customer, UUID product, UUID option, String internalNotes) {
        return new OrderDraft(customer, null, null, null, null, product, option, null, internalNotes);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
