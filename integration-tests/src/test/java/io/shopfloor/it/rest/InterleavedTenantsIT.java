package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/**
 * 10,000 requests of two organizations, interleaved over 8 client threads, through a connection
 * pool of 2: every transaction must see its own organization's orders and none of the other's.
 * A tenant set on a pooled connection and not cleared, or a shared cache, would fail this.
 */
class InterleavedTenantsIT {

    private static final int REQUESTS = 10_000;

    @Test
    void noRequestEverSeesTheOtherOrganizationsRows() throws Exception {
        TestShopfloor shopfloor = TestShopfloor.get();
        Api acme = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
        Api globex = new Api(shopfloor.apiUrl(), shopfloor.globex().token("manager"));
        String acmeOrder = OrdersApiIT.createOrder(acme, OrdersApiIT.createCustomer(acme, "Interleaved Acme")).getString("id");
        String globexOrder = OrdersApiIT.createOrder(globex, OrdersApiIT.createCustomer(globex, "Interleaved Globex")).getString("id");

        AtomicInteger foreignRows = new AtomicInteger();
        AtomicInteger ownRowsSeen = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                boolean isAcme = i % 2 == 0;
                Api api = isAcme ? acme : globex;
                String own = isAcme ? "Interleaved Acme" : "Interleaved Globex";
                String foreign = isAcme ? "Interleaved Globex" : "Interleaved Acme";
                String foreignId = isAcme ? globexOrder : acmeOrder;
                boolean byId = i % 10 == 1;
                results.add(clients.submit(() -> {
                    if (byId) {
                        Api.Response response = api.get("/orders/" + foreignId);
                        if (response.status() != 404) {
                            foreignRows.incrementAndGet();
                        }
                        return null;
                    }
                    Api.Response response = api.get("/orders?q=Interleaved&limit=50");
                    assertThat(response.status()).as(response.toString()).isEqualTo(200);
                    for (JsonValue item : response.json().getJsonArray("items")) {
                        String customer = ((JsonObject) item).getString("customerName");
                        if (customer.equals(foreign)) {
                            foreignRows.incrementAndGet();
                        } else if (customer.equals(own)) {
                            ownRowsSeen.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d interleaved requests of two organizations in %.1f s (%.0f requests/s), pool of 2 connections%n",
                REQUESTS, seconds, REQUESTS / seconds);
        assertThat(foreignRows.get()).as("rows of the other organization seen").isZero();
        assertThat(ownRowsSeen.get()).as("each list request saw its own organization's order").isEqualTo(REQUESTS - REQUESTS / 10);
    }
}
