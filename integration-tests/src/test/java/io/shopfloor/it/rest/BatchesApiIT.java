package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/** The batches and work API as integrators meet it: create, move, assign, work, and concurrent moves. */
class BatchesApiIT {

    private static Api manager;
    private static Api worker;
    private static Api viewer;
    private static Api globexManager;

    @BeforeAll
    static void start() {
        TestShopfloor shopfloor = TestShopfloor.get();
        manager = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
        worker = new Api(shopfloor.apiUrl(), shopfloor.acme().token("worker"));
        viewer = new Api(shopfloor.apiUrl(), shopfloor.acme().token("viewer"));
        globexManager = new Api(shopfloor.apiUrl(), shopfloor.globex().token("manager"));
    }

    @Test
    void ofEightClientsAdvancingTheSameBatchAtOnceOneWinsAndTheOthersAreToldItChanged() throws Exception {
        JsonObject batch = createBatch(pendingOrder(), pendingOrder());
        String id = batch.getString("id");
        int clients = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit((Callable<Api.Response>) () -> {
                    go.await();
                    return manager.post("/batches/" + id + "/advance", Json.createObjectBuilder().add("version", batch.getInt("version")).build());
                }));
            }
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
            assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(clients - 1)
                    .allSatisfy(r -> {
                        assertThat(r.isProblem()).isTrue();
                        assertThat(r.json().getString("detail")).contains("Batch " + batch.getString("batchNumber"))
                                .contains("was changed by someone else");
                    });
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = manager.get("/batches/" + id).json();
        assertThat(after.getString("stageId")).isNotEqualTo(batch.getString("stageId"));
        assertThat(after.getJsonArray("stages").getJsonObject(0).getString("completedAt")).isNotBlank();
        assertThat(after.getJsonArray("stages").getJsonObject(1).getBoolean("current")).isTrue();
    }

    @Test
    void aWorkerDoesTheirAssignedWorkAndOthersAreRefused() {
        JsonObject batch = createBatch(pendingOrder());
        String id = batch.getString("id");
        String stageId = batch.getString("stageId");
        String workerUserId = manager.get("/stages/" + stageId + "/workers").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(w -> w.getString("name").startsWith("worker of"))
                .map(w -> w.getString("id")).findFirst().orElseThrow();
        // Without a valid skill the work is refused, saying why; an expired certificate does not count.
        manager.delete("/workers/" + workerUserId + "/skills/" + stageId);
        Api.Response unskilled = manager.put("/batches/" + id + "/stages/" + stageId + "/worker",
                Json.createObjectBuilder().add("workerId", workerUserId).build());
        assertThat(unskilled.status()).as(unskilled.toString()).isEqualTo(409);
        assertThat(unskilled.isProblem()).isTrue();
        assertThat(unskilled.json().getString("detail")).contains("has no valid skill for Intake");
        Api.Response expired = manager.put("/workers/" + workerUserId + "/skills/" + stageId, Json.createObjectBuilder()
                .add("level", "expert").add("expiresOn", LocalDate.now().minusDays(2).toString()).build());
        assertThat(expired.status()).as(expired.toString()).isEqualTo(200);
        assertThat(expired.json().getBoolean("valid")).isFalse();
        assertThat(manager.put("/batches/" + id + "/stages/" + stageId + "/worker",
                Json.createObjectBuilder().add("workerId", workerUserId).build()).status()).isEqualTo(409);
        Api.Response badLevel = manager.put("/workers/" + workerUserId + "/skills/" + stageId, Json.createObjectBuilder().add("level", "guru").build());
        assertThat(badLevel.status()).as(badLevel.toString()).isEqualTo(422);
        Api.Response byWorker = worker.put("/workers/" + workerUserId + "/skills/" + stageId, Json.createObjectBuilder().add("level", "expert").build());
        assertThat(byWorker.status()).as("workers do not grant themselves skills").isEqualTo(403);
        Api.Response qualified = manager.put("/workers/" + workerUserId + "/skills/" + stageId, Json.createObjectBuilder()
                .add("level", "qualified").add("expiresOn", LocalDate.now().plusDays(10).toString()).build());
        assertThat(qualified.json().getBoolean("expiringSoon")).isTrue();
        Api.Response assigned = manager.put("/batches/" + id + "/stages/" + stageId + "/worker",
                Json.createObjectBuilder().add("workerId", workerUserId).build());
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().getJsonArray("stages").getJsonObject(0).getString("plannedOn")).isNotBlank();
        assertThat(assigned.json().getJsonArray("stages").getJsonObject(0).getString("workerName")).startsWith("worker of");
        Api.Response viewerAssigned = manager.put("/batches/" + id + "/stages/" + stageId + "/worker",
                Json.createObjectBuilder().add("workerId", UUID.randomUUID().toString()).build());
        assertThat(viewerAssigned.status()).as(viewerAssigned.toString()).isEqualTo(422);

        JsonObject mine = worker.get("/work").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("batchId").equals(id)).findFirst().orElseThrow();
        assertThat(mine.getBoolean("current")).isTrue();

        Api.Response refusedAdvance = worker.post("/batches/" + id + "/advance", Json.createObjectBuilder().add("version", 0).build());
        assertThat(refusedAdvance.status()).as(refusedAdvance.toString()).isEqualTo(403);
        Api.Response viewerStart = viewer.post("/work/" + mine.getString("id") + "/start", Json.createObjectBuilder().add("version", mine.getInt("version")).build());
        assertThat(viewerStart.status()).as(viewerStart.toString()).isEqualTo(403);

        Api.Response started = worker.post("/work/" + mine.getString("id") + "/start", Json.createObjectBuilder().add("version", mine.getInt("version")).build());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().getString("startedAt")).isNotBlank();
        Api.Response badPause = worker.post("/work/" + mine.getString("id") + "/pause", Json.createObjectBuilder()
                .add("version", started.json().getInt("version")).add("reason", "completed").build());
        assertThat(badPause.status()).as("completing is not a pause: " + badPause).isEqualTo(422);
        Api.Response paused = worker.post("/work/" + mine.getString("id") + "/pause", Json.createObjectBuilder()
                .add("version", started.json().getInt("version")).add("reason", "material").build());
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json().getString("pausedFor")).isEqualTo("material");
        Api.Response resumed = worker.post("/work/" + mine.getString("id") + "/resume", Json.createObjectBuilder()
                .add("version", paused.json().getInt("version")).build());
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        Api.Response completed = worker.post("/work/" + mine.getString("id") + "/complete",
                Json.createObjectBuilder().add("version", started.json().getInt("version")).build());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().getString("stageId")).isNotEqualTo(stageId);
        assertThat(completed.json().getJsonArray("stages").getJsonObject(0).getJsonNumber("hoursSpent")).isNotNull();
    }

    @Test
    void badInputIsAProblemAndAnotherOrganizationSeesNothing() {
        Api.Response empty = manager.post("/batches", Json.createObjectBuilder().add("priority", "urgent").build());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("priority", "orderIds");

        String order = pendingOrder();
        String stays = pendingOrder();
        JsonObject batch = createBatch(order, stays);
        Api.Response again = manager.post("/batches", Json.createObjectBuilder().add("orderIds", Json.createArrayBuilder().add(order)).build());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("already in batch " + batch.getString("batchNumber"));

        assertThat(globexManager.get("/batches/" + batch.getString("id")).status()).isEqualTo(404);
        assertThat(globexManager.post("/batches/" + batch.getString("id") + "/advance",
                Json.createObjectBuilder().add("version", batch.getInt("version")).build()).status()).isEqualTo(404);
        assertThat(globexManager.get("/batches").json().getJsonArray("items").stream()
                .map(b -> b.asJsonObject().getString("id"))).doesNotContain(batch.getString("id"));

        Api.Response removed = manager.delete("/batches/" + batch.getString("id") + "/orders/" + order + "?version=" + batch.getInt("version"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().getJsonArray("orders")).hasSize(1);
        assertThat(manager.get("/orders/" + order).json().getString("status")).isEqualTo("pending");
        Api.Response last = manager.delete("/batches/" + batch.getString("id") + "/orders/" + stays + "?version=" + removed.json().getInt("version"));
        assertThat(last.status()).as(last.toString()).isEqualTo(409);
        assertThat(last.json().getString("detail")).contains("keeps at least one order");
    }

    @Test
    void aBatchSkipsAStageNoneOfItsProductsRequires() {
        java.util.Map<String, String> stages = new java.util.HashMap<>();
        manager.get("/stages").structure().asJsonArray().forEach(v -> stages.put(v.asJsonObject().getString("name"), v.asJsonObject().getString("id")));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Api.Response product = manager.post("/products", Json.createObjectBuilder().add("name", "Open back " + suffix)
                .add("skuPrefix", "OB" + suffix.substring(0, 4).toUpperCase()).add("complexity", "medium").add("baseHours", 8).add("basePrice", 999)
                .add("stageEstimates", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("stageId", stages.get("Sanding")).add("hours", 0).add("required", false))
                        .add(Json.createObjectBuilder().add("stageId", stages.get("Finishing")).add("hours", 2)))
                .build());
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        String customerId = manager.post("/customers", Json.createObjectBuilder().add("name", "Route buyer " + suffix).build()).json().getString("id");
        Api.Response order = manager.post("/orders", Json.createObjectBuilder().add("customerId", customerId)
                .add("productId", product.json().getString("id")).build());
        assertThat(order.status()).as(order.toString()).isEqualTo(201);

        JsonObject batch = createBatch(order.json().getString("id"));
        assertThat(batch.getString("stageName")).isEqualTo("Intake");
        JsonObject moved = manager.post("/batches/" + batch.getString("id") + "/advance",
                Json.createObjectBuilder().add("version", batch.getInt("version")).build()).json();
        assertThat(moved.getString("stageName")).as("Sanding is not required by the batch's only product").isEqualTo("Finishing");

        JsonObject mixed = createBatch(pendingOrder(), pendingOrderOf(customerId, product.json().getString("id")));
        JsonObject next = manager.post("/batches/" + mixed.getString("id") + "/advance",
                Json.createObjectBuilder().add("version", mixed.getInt("version")).build()).json();
        assertThat(next.getString("stageName")).as("an order without a product needs every stage").isEqualTo("Sanding");
    }

    private static String pendingOrderOf(String customerId, String productId) {
        return manager.post("/orders", Json.createObjectBuilder().add("customerId", customerId).add("productId", productId).build()).json().getString("id");
    }

    private static String pendingOrder() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String customerId = manager.post("/customers", Json.createObjectBuilder().add("name", "Batch buyer " + suffix).build())
                .json().getString("id");
        Api.Response order = manager.post("/orders", Json.createObjectBuilder().add("customerId", customerId).add("dueDate", "2030-01-31").build());
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        return order.json().getString("id");
    }

    private static JsonObject createBatch(String... orderIds) {
        var ids = Json.createArrayBuilder();
        for (String id : orderIds) {
            ids.add(id);
        }
        Api.Response created = manager.post("/batches", Json.createObjectBuilder().add("priority", "rush").add("orderIds", ids).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("batchNumber")).matches("B\\d{8}-\\d{3,}");
        assertThat(created.json().getJsonArray("orders").getJsonObject(0).getString("status")).isEqualTo("in_production");
        return created.json();
    }
}
