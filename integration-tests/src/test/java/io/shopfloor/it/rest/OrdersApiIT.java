package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/** The customers and orders API as integrators meet it, across two organizations and four roles. */
class OrdersApiIT {

    private static TestShopfloor shopfloor;
    private static Api acmeManager;
    private static Api acmeViewer;
    private static Api globexManager;

    @BeforeAll
    static void start() {
        shopfloor = TestShopfloor.get();
        acmeManager = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
        acmeViewer = new Api(shopfloor.apiUrl(), shopfloor.acme().token("viewer"));
        globexManager = new Api(shopfloor.apiUrl(), shopfloor.globex().token("manager"));
    }

    @Test
    void searchIgnoresCaseAndAccentsSoNguyenFindsNguyen() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        String name = "Nguyễn Thị Hồng " + suffix;
        String customerId = acmeManager.post("/customers", jakarta.json.Json.createObjectBuilder().add("name", name).build())
                .json().getString("id");
        acmeManager.post("/orders", jakarta.json.Json.createObjectBuilder().add("customerId", customerId).build());

        var customers = acmeManager.get("/customers?q=" + java.net.URLEncoder.encode("nguyen thi hong " + suffix,
                java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("items");
        assertThat(customers).hasSize(1);
        assertThat(customers.getJsonObject(0).getString("name")).isEqualTo(name);
        var orders = acmeManager.get("/orders?q=" + java.net.URLEncoder.encode("HONG " + suffix, java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonArray("items");
        assertThat(orders).extracting(order -> order.asJsonObject().getString("customerName")).containsExactly(name);
        assertThat(acmeManager.get("/customers?q=" + java.net.URLEncoder.encode("nguyen thi hang " + suffix,
                java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void aManagerCreatesACustomerAndAnOrderAndReadsThemBack() {
        String customerId = createCustomer(acmeManager, "Hifi Corner");
        Api.Response created = acmeManager.post("/orders", Json.createObjectBuilder()
                .add("customerId", customerId).add("priority", "rush").add("dueDate", "2026-12-24").add("notes", "Walnut cups").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject order = created.json();
        assertThat(order.getString("orderNumber")).matches("SO-\\d{6}");
        assertThat(order.getString("status")).isEqualTo("pending");
        assertThat(order.getString("priority")).isEqualTo("rush");
        assertThat(order.getString("customerName")).isEqualTo("Hifi Corner");

        Api.Response read = acmeManager.get("/orders/" + order.getString("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("notes")).isEqualTo("Walnut cups");

        Api.Response list = acmeManager.get("/orders?q=" + Api.encode(order.getString("orderNumber")));
        assertThat(list.json().getJsonArray("items")).hasSize(1);
        assertThat(list.json().getInt("total")).isEqualTo(1);
        assertThat(acmeManager.get("/orders?q=" + Api.encode("%")).json().getInt("total"))
                .as("a typed % is a character, not a wildcard").isZero();
    }

    @Test
    void anotherOrganizationsOrderIsNotFoundAndNotListed() {
        String customerId = createCustomer(acmeManager, "Acme only");
        String orderId = createOrder(acmeManager, customerId).getString("id");

        Api.Response foreign = globexManager.get("/orders/" + orderId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(globexManager.get("/customers/" + customerId).status()).isEqualTo(404);
        assertThat(globexManager.get("/orders?q=" + Api.encode("Acme only")).json().getInt("total")).isZero();
        assertThat(globexManager.post("/orders", Json.createObjectBuilder().add("customerId", customerId).build()).json()
                .getJsonArray("errors").getJsonObject(0).getString("field"))
                .as("another organization's customer cannot be used").isEqualTo("customerId");
    }

    @Test
    void aViewerMayReadButNotWrite() {
        assertThat(acmeViewer.get("/orders").status()).isEqualTo(200);
        Api.Response denied = acmeViewer.post("/customers", Json.createObjectBuilder().add("name", "Not allowed").build());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.isProblem()).isTrue();
        assertThat(denied.json().getString("detail")).contains("customers:write");
        assertThat(acmeManager.get("/customers?q=" + Api.encode("Not allowed")).json().getInt("total")).as("nothing was written").isZero();
    }

    @Test
    void invalidInputIsA422NamingEachField() {
        Api.Response response = acmeManager.post("/orders", Json.createObjectBuilder()
                .add("priority", "urgent").add("dueDate", "next week").build());
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("priority", "dueDate");

        Api.Response noName = acmeManager.post("/customers", Json.createObjectBuilder().add("email", "not-an-email").build());
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("name", "email");

        Api.Response malformed = acmeManager.post("/customers", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
    }

    @Test
    void statusChangesFollowTheWorkflowAndKeepHistory() {
        JsonObject order = createOrder(acmeManager, createCustomer(acmeManager, "Workflow Audio"));
        String id = order.getString("id");

        Api.Response illegal = acmeManager.post("/orders/" + id + "/status", Json.createObjectBuilder()
                .add("status", "shipped").add("version", order.getInt("version")).build());
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().getString("detail")).contains("Allowed next: In production, On hold");
        Api.Response inVietnamese = acmeManager.inLanguage("vi-VN,vi;q=0.9,en;q=0.5").post("/orders/" + id + "/status",
                Json.createObjectBuilder().add("status", "shipped").add("version", order.getInt("version")).build());
        assertThat(inVietnamese.contentLanguage()).isEqualTo("vi");
        assertThat(inVietnamese.json().getString("detail")).as("in the language the request asks for")
                .contains("không thể chuyển sang Đã giao", "Đang sản xuất, Tạm dừng");
        Api.Response invalid = acmeManager.inLanguage("vi").post("/orders", Json.createObjectBuilder().build());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(error -> assertThat(error.getString("field") + ": " + error.getString("message")).isEqualTo("customerId: hãy chọn một khách hàng"));
        assertThat(acmeManager.inLanguage("de").post("/orders", Json.createObjectBuilder().build()).contentLanguage())
                .as("a language Shopfloor does not speak gets English").isEqualTo("en");

        Api.Response started = acmeManager.post("/orders/" + id + "/status", Json.createObjectBuilder()
                .add("status", "in_production").add("reason", "Batch B1").add("version", order.getInt("version")).build());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().getString("status")).isEqualTo("in_production");

        Api.Response stale = acmeManager.post("/orders/" + id + "/status", Json.createObjectBuilder()
                .add("status", "on_hold").add("version", order.getInt("version")).build());
        assertThat(stale.status()).as("a stale version is a concurrent edit").isEqualTo(409);

        Api.Response history = acmeManager.get("/orders/" + id + "/history");
        assertThat(history.structure().asJsonArray()).hasSize(2);
        JsonObject last = history.structure().asJsonArray().getJsonObject(1);
        assertThat(last.getString("newStatus")).isEqualTo("in_production");
        assertThat(last.getString("reason")).isEqualTo("Batch B1");
        assertThat(last.getString("note")).isEqualTo("Batch B1");
        assertThat(last.getString("cause")).as("a person's change").isEqualTo("changed");
        JsonObject first = acmeManager.inLanguage("vi").get("/orders/" + id + "/history").structure().asJsonArray().getJsonObject(0);
        assertThat(first.getString("cause")).isEqualTo("created");
        assertThat(first.getString("reason")).as("in the language the client asked for").isEqualTo("Đã tạo đơn hàng");
        assertThat(last.getString("changedByName")).isEqualTo("manager of " + shopfloor.acme().slug());
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() {
        Api.Response none = new Api(shopfloor.apiUrl(), null).get("/orders");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.isProblem()).isTrue();
        Api.Response wrong = new Api(shopfloor.apiUrl(), "sft_" + "A".repeat(43)).get("/orders");
        assertThat(wrong.status()).isEqualTo(401);
        Api.Response doubledSlash = new Api(shopfloor.apiUrl().replace("/api/v1", "//api/v1"), null).get("/orders");
        assertThat(doubledSlash.status()).as("another spelling of the API path is still the API").isEqualTo(401);
    }

    @Test
    void customFieldsAreCheckedAgainstTheOrganizationsDefinitions() {
        String customerId = createCustomer(acmeManager, "Custom field test");
        Api.Response valid = acmeManager.post("/orders", Json.createObjectBuilder().add("customerId", customerId)
                .add("customFields", Json.createObjectBuilder().add("finish", "gloss")).build());
        assertThat(valid.status()).as(valid.toString()).isEqualTo(201);
        assertThat(valid.json().getJsonObject("customFields").getString("finish")).isEqualTo("gloss");

        Api.Response invalid = acmeManager.post("/orders", Json.createObjectBuilder().add("customerId", customerId)
                .add("customFields", Json.createObjectBuilder().add("finish", "chrome").add("colour", "red")).build());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field") + ": "
                + e.asJsonObject().getString("message")))
                .containsExactlyInAnyOrder("customFields.finish: Finish must be one of: matte, gloss",
                        "customFields.colour: colour is not a field here");

        String globexCustomer = createCustomer(globexManager, "No fields here");
        Api.Response otherTenant = globexManager.post("/orders", Json.createObjectBuilder().add("customerId", globexCustomer)
                .add("customFields", Json.createObjectBuilder().add("finish", "gloss")).build());
        assertThat(otherTenant.status()).as("acme's definitions mean nothing to globex").isEqualTo(422);
    }

    @Test
    void pagingParametersThatAreNotNumbersAreA422() {
        Api.Response response = acmeManager.get("/orders?offset=first&limit=0");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("offset", "limit");
    }

    @Test
    void aLongListIsCountedUpToAThousandRowsPastThePage() throws SQLException {
        TestShopfloor.Organization big = shopfloor.newOrganization("many-orders");
        Api manager = new Api(shopfloor.apiUrl(), big.token("manager"));
        String customerId = createCustomer(manager, "Big buyer");
        // 1,100 orders at once, as the owner (an import, not 1,100 API calls); every tenth is rush.
        try (Connection owner = shopfloor.runtime().database().connectAsOwner()) {
            owner.setAutoCommit(false);
            try (PreparedStatement tenant = owner.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement insert = owner.prepareStatement("""
                         INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, priority, due_date)
                         SELECT ?, 'IMP-' || i, ?, CASE WHEN i % 10 = 0 THEN 'rush' ELSE 'standard' END, DATE '2027-01-01' + i
                         FROM generate_series(1, 1100) AS i""")) {
                tenant.setString(1, big.tenantId().toString());
                tenant.execute();
                insert.setObject(1, big.tenantId());
                insert.setObject(2, UUID.fromString(customerId));
                insert.executeUpdate();
            }
            owner.commit();
        }

        JsonObject first = manager.get("/orders?limit=50&sort=dueDate").json();
        assertThat(first.getJsonArray("items")).hasSize(50);
        assertThat(first.getJsonArray("items").getJsonObject(0).getString("orderNumber")).isEqualTo("IMP-1");
        assertThat(first.getJsonArray("items").getJsonObject(0).getString("customerName")).isEqualTo("Big buyer");
        assertThat(first.getJsonNumber("total").longValue()).as("counted to 1,000 past the page, then stopped").isEqualTo(1050);
        assertThat(first.getBoolean("totalExact")).isFalse();

        JsonObject deep = manager.get("/orders?limit=50&offset=1000&sort=dueDate").json();
        assertThat(deep.getJsonNumber("total").longValue()).isEqualTo(1100);
        assertThat(deep.getBoolean("totalExact")).isTrue();
        assertThat(deep.getJsonArray("items")).hasSize(50);
        assertThat(deep.getJsonArray("items").getJsonObject(49).getString("orderNumber")).isEqualTo("IMP-1050");

        JsonObject rush = manager.get("/orders?priority=rush&limit=5").json();
        assertThat(rush.getJsonNumber("total").longValue()).isEqualTo(110);
        assertThat(rush.getBoolean("totalExact")).isTrue();
    }

    static String createCustomer(Api api, String name) {
        Api.Response response = api.post("/customers", Json.createObjectBuilder().add("name", name).build());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().getString("id");
    }

    static JsonObject createOrder(Api api, String customerId) {
        Api.Response response = api.post("/orders", Json.createObjectBuilder().add("customerId", customerId).build());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
