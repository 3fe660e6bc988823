package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/** The products API and an order's product, option and internal notes, as integrators meet them. */
class ProductsApiIT {

    private static Api acmeManager;
    private static Api acmeWorker;
    private static Api globexManager;

    @BeforeAll
    static void start() {
        TestShopfloor shopfloor = TestShopfloor.get();
        acmeManager = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
        acmeWorker = new Api(shopfloor.apiUrl(), shopfloor.acme().token("worker"));
        globexManager = new Api(shopfloor.apiUrl(), shopfloor.globex().token("manager"));
    }

    @Test
    void aManagerSetsUpAProductWithOptionsAndOrdersIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = acmeManager.post("/products", Json.createObjectBuilder()
                .add("name", "Aeolus " + suffix).add("skuPrefix", "ae" + suffix).add("complexity", "very_high")
                .add("baseHours", 10.5).add("basePrice", 1499.00).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String productId = created.json().getString("id");
        assertThat(created.json().getString("skuPrefix")).as("stored upper case").isEqualTo(("AE" + suffix).toUpperCase());
        acmeManager.post("/products/" + productId + "/options", Json.createObjectBuilder().add("name", "Walnut").build());
        JsonObject product = acmeManager.post("/products/" + productId + "/options", Json.createObjectBuilder().add("name", "Ash").build()).json();
        assertThat(product.getJsonArray("options")).hasSize(2);
        String ash = product.getJsonArray("options").getJsonObject(1).getString("id");

        Api.Response other = acmeManager.post("/products", Json.createObjectBuilder()
                .add("name", "Other " + suffix).add("skuPrefix", "OT" + suffix).add("baseHours", 1).add("basePrice", 0).build());
        String otherId = other.json().getString("id");
        String foreignOption = acmeManager.post("/products/" + otherId + "/options", Json.createObjectBuilder().add("name", "Maple").build())
                .json().getJsonArray("options").getJsonObject(0).getString("id");

        String customerId = acmeManager.post("/customers", Json.createObjectBuilder().add("name", "API buyer " + suffix).build())
                .json().getString("id");
        Api.Response refused = acmeManager.post("/orders", Json.createObjectBuilder().add("customerId", customerId)
                .add("productId", productId).add("optionId", foreignOption).build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("optionId");
        assertThat(error.getString("message")).contains("choose one of: Walnut, Ash");

        Api.Response order = acmeManager.post("/orders", Json.createObjectBuilder().add("customerId", customerId)
                .add("productId", productId).add("optionId", ash)
                .add("customizations", Json.createObjectBuilder().add("engraving", "AB"))
                .add("internalNotes", "call before shipping").build());
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.json().getString("optionName")).isEqualTo("Ash");
        assertThat(order.json().getJsonObject("customizations").getString("engraving")).isEqualTo("AB");
        assertThat(order.json().getString("internalNotes")).isEqualTo("call before shipping");

        JsonObject seenByWorker = acmeWorker.get("/orders/" + order.json().getString("id")).json();
        assertThat(seenByWorker.getString("productName")).isEqualTo("Aeolus " + suffix);
        assertThat(!seenByWorker.containsKey("internalNotes") || seenByWorker.isNull("internalNotes"))
                .as("a worker has no orders:internal: " + seenByWorker).isTrue();
        assertThat(acmeWorker.post("/products", Json.createObjectBuilder().add("name", "x").build()).status()).isEqualTo(403);

        assertThat(globexManager.get("/products/" + productId).status()).isEqualTo(404);
    }
}
