package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import io.shopfloor.orders.entity.ProductStageEstimateDraft;
import io.shopfloor.orders.entity.ProductStageEstimateView;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.orders.entity.StageChoice;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.roles.boundary.Roles;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.StageDraft;
import io.shopfloor.production.entity.StageView;

/** Products with their options and stage estimates, and orders that choose them, on Payara Server as users of two organizations. */
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

    @Inject
    ProductionStages stages;

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

    @Test
    void stageEstimatesAreSavedWithTheProductInDisplayOrderAndReplacedByTheNextSave() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        UUID sanding = stage("Sanding");
        UUID finishing = stage("Finishing");
        UUID qc = stage("Acoustic QC");
        String name = "Estimated " + suffix();
        ProductView created = products.create(new ProductDraft(name, "E" + suffix().substring(0, 6), ProductComplexity.HIGH,
                new BigDecimal("12.5"), new BigDecimal("2499.00"), null, List.of(
                        new ProductStageEstimateDraft(finishing, new BigDecimal("3.5"), 1, null),
                        new ProductStageEstimateDraft(qc, new BigDecimal("0.75"), null, false),
                        new ProductStageEstimateDraft(sanding, new BigDecimal("2"), 0, true))));

        // positions first, then those without one in the order given; stored as 0, 1, 2
        List<ProductStageEstimateView> saved = products.find(created.id()).stageEstimates();
        assertThat(saved).extracting(ProductStageEstimateView::stageName).containsExactly("Sanding", "Finishing", "Acoustic QC");
        assertThat(saved).extracting(ProductStageEstimateView::position).containsExactly(0, 1, 2);
        assertThat(saved).extracting(ProductStageEstimateView::hours).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("3.5"), new BigDecimal("0.75"));
        assertThat(saved).extracting(ProductStageEstimateView::required).containsExactly(true, true, false);
        assertThat(saved).allMatch(ProductStageEstimateView::stageActive);
        assertThat(products.find(created.id()).estimatedHours()).isEqualByComparingTo("6.25");
        assertThat(products.list(name, false, PageRequest.first(10)).items().get(0).stageEstimates()).isEqualTo(saved);

        // Changing only the estimates is a change of the product: its version moves on, and the
        // copy read before can no longer overwrite them.
        ProductView changed = products.update(created.id(), created.version(), new ProductDraft(name, created.skuPrefix(),
                ProductComplexity.HIGH, new BigDecimal("12.5"), new BigDecimal("2499.00"), null, List.of(
                        new ProductStageEstimateDraft(qc, new BigDecimal("1"), null, true),
                        new ProductStageEstimateDraft(sanding, new BigDecimal("2.5"), null, false))));
        assertThat(changed.stageEstimates()).extracting(ProductStageEstimateView::stageName).containsExactly("Acoustic QC", "Sanding");
        assertThat(changed.stageEstimates()).extracting(ProductStageEstimateView::required).containsExactly(true, false);
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> products.update(created.id(), created.version(), new ProductDraft(name, created.skuPrefix(),
                null, new BigDecimal("12.5"), new BigDecimal("2499.00"), null, List.of())))
                .isInstanceOf(ConcurrentEditException.class);

        // A draft without estimates leaves them as they are; an empty list removes them.
        ProductView renamed = products.update(changed.id(), changed.version(), new ProductDraft(name + " II", changed.skuPrefix(),
                ProductComplexity.HIGH, new BigDecimal("12.5"), new BigDecimal("2499.00"), null));
        assertThat(renamed.stageEstimates()).isEqualTo(changed.stageEstimates());
        ProductView cleared = products.update(renamed.id(), renamed.version(), new ProductDraft(name + " II", renamed.skuPrefix(),
                ProductComplexity.HIGH, new BigDecimal("12.5"), new BigDecimal("2499.00"), null, List.of()));
        assertThat(products.find(cleared.id()).stageEstimates()).isEmpty();

        Callers.signInAs("worker", TestOrganizations.ACME);
        assertThat(products.estimateStages()).extracting(StageChoice::name).contains("Sanding", "Acoustic QC");
        assertThatThrownBy(() -> products.update(created.id(), cleared.version(), new ProductDraft(name, created.skuPrefix(),
                null, new BigDecimal("12.5"), new BigDecimal("2499.00"), null, List.of(
                        new ProductStageEstimateDraft(sanding, BigDecimal.ONE, null, null)))))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("products:write");
    }

    @Test
    void wrongEstimatesAreRefusedFieldByFieldAndNothingIsSaved() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        UUID globexSanding = stage("Sanding");
        Callers.signInAs("manager", TestOrganizations.ACME);
        UUID sanding = stage("Sanding");
        ProductView product = products.create(new ProductDraft("Checked " + suffix(), "C" + suffix().substring(0, 6), null,
                BigDecimal.TEN, BigDecimal.TEN, null, List.of(new ProductStageEstimateDraft(sanding, new BigDecimal("2"), null, null))));

        List<ProductStageEstimateDraft> wrong = new ArrayList<>(List.of(
                new ProductStageEstimateDraft(sanding, new BigDecimal("-1"), null, null),
                new ProductStageEstimateDraft(stage("Finishing"), new BigDecimal("10000.01"), null, null),
                new ProductStageEstimateDraft(sanding, BigDecimal.ONE, null, null),
                new ProductStageEstimateDraft(stage("Intake"), new BigDecimal("1.234"), null, null),
                new ProductStageEstimateDraft(globexSanding, BigDecimal.ONE, null, null),
                new ProductStageEstimateDraft(null, null, null, null)));
        wrong.add(null);
        assertThatThrownBy(() -> products.update(product.id(), product.version(), new ProductDraft("", product.skuPrefix(), null,
                BigDecimal.TEN, BigDecimal.TEN, null, wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "stageEstimates[0].hours", "stageEstimates[1].hours", "stageEstimates[2].stageId",
                                "stageEstimates[3].hours", "stageEstimates[4].stageId", "stageEstimates[5].stageId",
                                "stageEstimates[5].hours", "stageEstimates[6]")
                        .containsEntry("stageEstimates[0].hours", "hours for Sanding must not be negative")
                        .containsEntry("stageEstimates[1].hours", "hours for Finishing must be at most 10000")
                        .containsEntry("stageEstimates[2].stageId", "Sanding is given twice; give one estimate per stage")
                        .containsEntry("stageEstimates[3].hours", "hours for Intake take at most 2 decimals")
                        .containsEntry("stageEstimates[4].stageId", globexSanding + " is not a production stage of this organization")
                        .containsEntry("stageEstimates[5].stageId", "is required")
                        .containsEntry("stageEstimates[5].hours", "hours are required"));

        ProductView unchanged = products.find(product.id());
        assertThat(unchanged.version()).isEqualTo(product.version());
        assertThat(unchanged.stageEstimates()).singleElement()
                .satisfies(e -> assertThat(e.hours()).isEqualByComparingTo("2"))
                .satisfies(e -> assertThat(e.stageName()).isEqualTo("Sanding"));
        // 10000 hours with trailing zeros is within the limits
        assertThat(products.update(product.id(), product.version(), new ProductDraft(product.name(), product.skuPrefix(), null,
                BigDecimal.TEN, BigDecimal.TEN, null, List.of(new ProductStageEstimateDraft(sanding, new BigDecimal("10000.000"), null, null))))
                .stageEstimates().get(0).hours()).isEqualByComparingTo("10000");
    }

    @Test
    void aProductKeepsItsEstimateForADeactivatedStageButNoProductGetsANewOne() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        StageView engraving = stages.create(new StageDraft("Engraving " + suffix(), null, List.of()));
        ProductView engraved = products.create(new ProductDraft("Engraved " + suffix(), "G" + suffix().substring(0, 6), null,
                BigDecimal.TEN, BigDecimal.TEN, null, List.of(
                        new ProductStageEstimateDraft(stage("Sanding"), BigDecimal.ONE, null, null),
                        new ProductStageEstimateDraft(engraving.id(), new BigDecimal("0.5"), null, false))));
        stages.setActive(engraving.id(), engraving.version(), false);
        assertThat(products.estimateStages()).filteredOn(s -> s.id().equals(engraving.id())).singleElement()
                .satisfies(s -> assertThat(s.active()).isFalse());

        ProductView seen = products.find(engraved.id());
        assertThat(seen.stageEstimates()).extracting(ProductStageEstimateView::stageName, ProductStageEstimateView::stageActive)
                .containsExactly(tuple("Sanding", true), tuple(engraving.name(), false));
        ProductView kept = products.update(seen.id(), seen.version(), new ProductDraft(seen.name(), seen.skuPrefix(), null,
                BigDecimal.TEN, BigDecimal.TEN, null, List.of(new ProductStageEstimateDraft(engraving.id(), new BigDecimal("0.75"), null, false))));
        assertThat(kept.stageEstimates()).singleElement().satisfies(e -> assertThat(e.hours()).isEqualByComparingTo("0.75"));

        assertThatThrownBy(() -> products.create(new ProductDraft("Not engraved " + suffix(), "N" + suffix().substring(0, 6), null,
                BigDecimal.TEN, BigDecimal.TEN, null, List.of(new ProductStageEstimateDraft(engraving.id(), BigDecimal.ONE, null, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnly(
                        entry("stageEstimates[0].stageId", engraving.name()
                                + " is deactivated: products keep the estimates they have for it, but no new ones are added")));
    }

    private UUID stage(String name) {
        return products.estimateStages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
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
