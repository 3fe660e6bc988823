package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.shopfloor.orders.entity.OrderView;
import io.shopfloor.platform.audit.boundary.AuditTrail;
import io.shopfloor.platform.audit.entity.AuditChange;
import io.shopfloor.platform.audit.entity.AuditEntry;
import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.roles.boundary.Roles;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;

/** The audit trail shows nothing the reader's own screens would hide: an order's internal notes need orders:internal. */
@ExtendWith(ArquillianExtension.class)
class AuditReadAccessInContainerIT {

    private static final String ORG = TestOrganizations.ACME;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    AuditTrail audit;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    Roles roles;

    @Inject
    Users users;

    @Test
    void anAuditorWithoutOrdersInternalSeesThatInternalNotesChangedButNotWhatTheySay() {
        Callers.signInAs("manager", ORG);
        UUID customer = customers.create(new CustomerDraft("Audit reader " + UUID.randomUUID(), null, null, null, null)).id();
        OrderView order = orders.create(new OrderDraft(customer, null, null, "walnut cups", null, null, null, null, "pays late"));

        Callers.signInAs("admin", ORG);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        RoleDetails auditors = roles.create("Auditors " + suffix, null, Set.of("audit:read", "orders:read"));
        RoleDetails trailOnly = roles.create("Trail readers " + suffix, null, Set.of("audit:read"));
        String auditor = "auditor-" + suffix + "@" + ORG + ".example";
        String reader = "reader-" + suffix + "@" + ORG + ".example";
        users.create(new NewUser(auditor, "Aud Itor", TestOrganizations.PASSWORD, List.of(auditors.id())));
        users.create(new NewUser(reader, "Rea Der", TestOrganizations.PASSWORD, List.of(trailOnly.id())));

        Callers.signInWith(ORG, auditor, TestOrganizations.PASSWORD);
        AuditEntry created = entryOf(order);
        List<AuditChange> seen = audit.detail(created.id(), created.occurredAt()).changes();
        assertThat(seen).anySatisfy(c -> assertThat(english(c)).containsExactly("notes", "Notes", "", "walnut cups"));
        assertThat(seen).filteredOn(c -> c.field().equals("internal_notes")).singleElement()
                .satisfies(c -> assertThat(c.after().english()).isEqualTo("(hidden)"));
        assertThat(seen.toString()).doesNotContain("pays late");

        Callers.signInWith(ORG, reader, TestOrganizations.PASSWORD);
        AuditEntry bare = entryOf(order);
        assertThat(bare.description().english()).doesNotContain(order.orderNumber()).contains("orders:read");
        assertThat(audit.detail(bare.id(), bare.occurredAt()).changes()).isEmpty();

        Callers.signInAs("admin", ORG);
        AuditEntry full = entryOf(order);
        assertThat(audit.detail(full.id(), full.occurredAt()).changes())
                .anySatisfy(c -> assertThat(english(c)).containsExactly("internal_notes", "Internal notes", "", "pays late"));
    }

    /** A change as an English reader sees it: field, label, before, after. */
    private static List<String> english(AuditChange change) {
        return List.of(change.field(), change.label().english(), change.before().english(), change.after().english());
    }

    private AuditEntry entryOf(OrderView order) {
        return audit.list(new AuditFilter("orders", order.id().toString(), null, "insert", null, null), PageRequest.first(5)).items().get(0);
    }
}
