package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
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
import io.shopfloor.platform.query.PageRequest;

/**
 * 10,000 service transactions of two organizations, interleaved on the same 8 threads and the
 * domain's pool of at most 2 connections: each runs with its caller's captured security context,
 * and none may see a row of the other organization. A tenant left on a pooled connection, a
 * session-level setting or a shared cache would show up here.
 */
@ExtendWith(ArquillianExtension.class)
class InterleavedTenantsInContainerIT {

    private static final int TRANSACTIONS = 10_000;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Resource
    ContextService contexts;

    @Test
    void noTransactionSeesTheOtherOrganizationsRows() throws Exception {
        String acmeName = "Interleaved in-container acme";
        String globexName = "Interleaved in-container globex";
        Callers.signInAs("manager", TestOrganizations.ACME);
        ensureOrderFor(acmeName);
        @SuppressWarnings("unchecked")
        Callable<List<String>> asAcme = contexts.createContextualProxy((Callable<List<String>>) this::interleavedCustomerNames, Callable.class);
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        ensureOrderFor(globexName);
        @SuppressWarnings("unchecked")
        Callable<List<String>> asGlobex = contexts.createContextualProxy((Callable<List<String>>) this::interleavedCustomerNames, Callable.class);

        AtomicInteger foreign = new AtomicInteger();
        AtomicInteger own = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < TRANSACTIONS; i++) {
                boolean acme = i % 2 == 0;
                Callable<List<String>> call = acme ? asAcme : asGlobex;
                String mine = acme ? acmeName : globexName;
                results.add(threads.submit(() -> {
                    for (String name : call.call()) {
                        if (name.equals(mine)) {
                            own.incrementAndGet();
                        } else {
                            foreign.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("%d interleaved service transactions of two organizations in %.1f s, pool of 2 connections%n",
                TRANSACTIONS, (System.nanoTime() - started) / 1e9);
        assertThat(foreign.get()).as("rows of the other organization").isZero();
        assertThat(own.get()).as("every transaction saw its own organization's order").isEqualTo(TRANSACTIONS);
    }

    private List<String> interleavedCustomerNames() {
        return orders.page(new OrderFilter(null, null, null, null, null, "Interleaved in-container"), PageRequest.first(50))
                .stream().map(OrderSummary::customerName).toList();
    }

    private void ensureOrderFor(String customerName) {
        if (interleavedCustomerNames().isEmpty()) {
            orders.create(new OrderDraft(customers.create(new CustomerDraft(customerName, null, null, null, null)).id(),
                    null, null, null, null));
        }
    }
}
