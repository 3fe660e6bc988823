package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.DefinitionDraft;
import io.shopfloor.platform.customfields.entity.FieldType;
import io.shopfloor.platform.customfields.entity.FieldView;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.control.PermissionDeniedException;

/** The custom field services on Payara Server: definitions per organization, filters, sorts and safe changes. */
@ExtendWith(ArquillianExtension.class)
class CustomFieldServicesIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    CustomFields customFields;

    @Inject
    Customers customers;

    @Inject
    Orders orders;

    @Test
    void oneOrganizationsDefinitionsNeitherAppearNorValidateForAnother() {
        Callers.signInAs("admin", TestOrganizations.ACME);
        String key = uniqueKey("acme_only");
        FieldView field = customFields.create("orders", text(key, "Acme only"));
        assertThat(customFields.activeFields("orders")).extracting(FieldView::key).contains(key);

        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        assertThat(customFields.definitions("orders")).extracting(FieldView::key).doesNotContain(key);
        assertThatThrownBy(() -> customFields.setActive(field.id(), field.version(), false))
                .isInstanceOf(NotFoundException.class);
        UUID customer = customers.create(new CustomerDraft("Globex buyer", null, null, null, null)).id();
        assertThatThrownBy(() -> orders.create(new OrderDraft(customer, null, null, null, Map.of(key, "x"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("customFields." + key, key + " is not a field here"));
        assertThatThrownBy(() -> orders.list(new OrderFilter(null, null, null, null, null, null, Map.of(key, "x")), PageRequest.first(5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("cf." + key));
    }

    @Test
    void listsFilterByValueAndSortNumbersAsNumbers() {
        Callers.signInAs("admin", TestOrganizations.ACME);
        String key = uniqueKey("qty");
        customFields.create("orders", new DefinitionDraft(key, "Quantity", FieldType.INTEGER, null, false, null, null, "1", "1000", null));
        Callers.signInAs("manager", TestOrganizations.ACME);
        UUID customer = customers.create(new CustomerDraft("Quantity buyer", null, null, null, null)).id();
        for (int qty : List.of(10, 9, 100)) {
            orders.create(new OrderDraft(customer, null, null, null, Map.of(key, qty)));
        }
        OrderFilter withCustomer = new OrderFilter(null, null, customer, null, null, null);
        List<Object> ascending = orders.page(withCustomer, new PageRequest(0, 10, "cf." + key, false)).stream()
                .map(o -> o.customFields().get(key)).map(Object::toString).map(Object.class::cast).toList();
        assertThat(ascending).containsExactly("9", "10", "100");

        List<OrderSummary> tens = orders.page(new OrderFilter(null, null, customer, null, null, null, Map.of(key, "10.0")), PageRequest.first(10));
        assertThat(tens).hasSize(1).first().satisfies(o -> assertThat(o.customFields().get(key).toString()).isEqualTo("10"));
        assertThatThrownBy(() -> orders.count(new OrderFilter(null, null, null, null, null, null, Map.of(key, "ten"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("cf." + key, "Quantity must be a whole number"));
    }

    @Test
    void changesThatStoredValuesWouldBreakAreRefusedAndNothingChanges() {
        Callers.signInAs("admin", TestOrganizations.ACME);
        String key = uniqueKey("code");
        FieldView field = customFields.create("customers", text(key, "Customer code"));
        customers.create(new CustomerDraft("Coded customer", null, null, null, Map.of(key, "AB-12")));
        customers.create(new CustomerDraft("Other coded customer", null, null, null, Map.of(key, "AA-99")));
        assertThat(customers.list(null, Map.of(key, "AB-12"), PageRequest.first(5)).items())
                .extracting(c -> c.name()).containsExactly("Coded customer");
        assertThat(customers.list("coded customer", Map.of(), new PageRequest(0, 5, "cf." + key, false)).items())
                .extracting(c -> c.customFields().get(key)).containsExactly("AA-99", "AB-12");

        DefinitionDraft asInteger = new DefinitionDraft(key, "Customer code", FieldType.INTEGER, null, false, null, null, null, null, null);
        assertThatThrownBy(() -> customFields.update(field.id(), field.version(), asInteger))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("type"))
                        .startsWith("cannot change: 2 customers have values the changed field would not accept"));
        DefinitionDraft renamedKey = new DefinitionDraft(key + "_x", "Customer code", FieldType.TEXT, null, false, null, null, null, null, null);
        assertThatThrownBy(() -> customFields.update(field.id(), field.version(), renamedKey))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("key"));

        FieldView relabelled = customFields.update(field.id(), field.version(),
                new DefinitionDraft(key, "Code at the customer", FieldType.TEXT, "As printed on their orders", false, null, null, null, "20", "[A-Z]{2}-[0-9]+"));
        assertThat(relabelled.label()).isEqualTo("Code at the customer");
        assertThat(customers.list("Coded customer", PageRequest.first(5)).items()).first()
                .satisfies(c -> assertThat(c.customFields()).containsEntry(key, "AB-12"));
    }

    @Test
    void fieldsTakeTheOrderGivenAndAReorderMustNameEveryField() {
        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        customFields.create("customers", text(uniqueKey("first"), "First"));
        customFields.create("customers", text(uniqueKey("second"), "Second"));
        List<UUID> ids = customFields.definitions("customers").stream().map(FieldView::id).toList();
        List<UUID> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);

        assertThat(customFields.reorder("customers", reversed)).extracting(FieldView::id).containsExactlyElementsOf(reversed);
        assertThat(customFields.activeFields("customers")).extracting(FieldView::id).containsExactlyElementsOf(reversed);
        assertThatThrownBy(() -> customFields.reorder("customers", reversed.subList(0, 1)))
                .as("a list that misses a field (e.g. one added meanwhile) changes nothing")
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(customFields.definitions("customers")).extracting(FieldView::id).containsExactlyElementsOf(reversed);
    }

    @Test
    void aManagerCannotChangeDefinitions() {
        Callers.signInAs("manager", TestOrganizations.ACME);
        assertThat(customFields.activeFields("orders")).extracting(FieldView::key).contains("finish");
        assertThatThrownBy(() -> customFields.create("orders", text(uniqueKey("nope"), "Nope")))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("customfields:write");
    }

    private static DefinitionDraft text(String key, String label) {
        return new DefinitionDraft(key, label, FieldType.TEXT, null, false, null, null, null, null, null);
    }

    private static String uniqueKey(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 6).replace('-', '_');
    }
}
