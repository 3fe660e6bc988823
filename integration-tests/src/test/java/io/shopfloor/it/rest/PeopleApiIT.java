package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/**
 * The people API as integrators meet it: the team for people:read only, a worker's own profile,
 * a leave request a manager approves that takes the day's hours, time entered and corrected,
 * the workload, and problem+json naming the field for bad input.
 */
class PeopleApiIT {

    private static Api manager;
    private static Api worker;
    private static Api globexManager;

    @BeforeAll
    static void start() {
        TestShopfloor shopfloor = TestShopfloor.get();
        manager = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
        worker = new Api(shopfloor.apiUrl(), shopfloor.acme().token("worker"));
        globexManager = new Api(shopfloor.apiUrl(), shopfloor.globex().token("manager"));
    }

    @Test
    void aLeaveRequestApprovedByAManagerTakesTheDaysHours() {
        String workerId = workerId();
        Api.Response denied = worker.get("/workers");
        assertThat(denied.status()).as("the team needs people:read").isEqualTo(403);
        assertThat(denied.isProblem()).isTrue();
        assertThat(ok(worker.get("/workers/" + workerId)).getString("name")).isEqualTo("worker of it-acme");
        assertThat(globexManager.get("/workers/" + workerId).status()).as("another organization's worker").isEqualTo(404);
        assertThat(ok(globexManager.get("/workers?limit=200")).getJsonArray("items")).as("the team is the organization's own")
                .extracting(m -> m.asJsonObject().getString("name")).contains("worker of it-globex").noneMatch(name -> name.contains("it-acme"));

        String day = "2098-0" + (1 + (int) (Math.random() * 9)) + "-1" + (int) (Math.random() * 10);
        JsonObject asked = created(worker.post("/availability/requests", Json.createObjectBuilder().add("day", day).add("kind", "leave")
                .add("hours", 0).add("note", "wedding").build()));
        assertThat(asked.getString("status")).isEqualTo("requested");
        assertThat(manager.get("/availability/requests").structure().asJsonArray()).extracting(v -> v.asJsonObject().getString("id"))
                .contains(asked.getString("id"));
        JsonObject before = ok(manager.get("/workers/" + workerId + "/availability?from=" + day + "&to=" + day));
        assertThat(before.getJsonArray("days").getJsonObject(0).getJsonObject("exception").getString("id")).isEqualTo(asked.getString("id"));

        Api.Response byWorker = worker.post("/availability/exceptions/" + asked.getString("id") + "/decision",
                Json.createObjectBuilder().add("approve", true).add("version", asked.getInt("version")).build());
        assertThat(byWorker.status()).as("workers do not decide").isEqualTo(403);
        JsonObject approved = ok(manager.post("/availability/exceptions/" + asked.getString("id") + "/decision",
                Json.createObjectBuilder().add("approve", true).add("version", asked.getInt("version")).build()));
        assertThat(approved.getString("status")).isEqualTo("approved");
        JsonObject after = ok(worker.get("/workers/" + workerId + "/availability?from=" + day + "&to=" + day));
        assertThat(after.getJsonArray("days").getJsonObject(0).getJsonNumber("available").doubleValue()).isZero();

        Api.Response tooLong = manager.get("/availability?from=2098-01-01&to=2098-06-01");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(errors(tooLong)).containsKey("to");
    }

    @Test
    void timeEnteredByHandIsCorrectedWithAReasonAndCountsInTheWorkload() {
        String workerId = workerId();
        int minute = 10 + (int) (Math.random() * 40);
        String day = "2021-0" + (1 + (int) (Math.random() * 9)) + "-1" + (int) (Math.random() * 10);
        Api.Response malformed = worker.post("/workers/" + workerId + "/time", Json.createObjectBuilder().add("category", "tea")
                .add("from", "yesterday").add("to", day + "T08:" + minute).build());
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(errors(malformed)).containsKeys("category", "from");

        JsonObject entry = created(worker.post("/workers/" + workerId + "/time", Json.createObjectBuilder().add("category", "maintenance")
                .add("from", day + "T06:" + minute).add("to", day + "T08:" + minute).add("note", "oiled the press").build()));
        assertThat(entry.getJsonNumber("hours").doubleValue()).isEqualTo(2.0);
        Api.Response noReason = manager.put("/time/" + entry.getString("id"), Json.createObjectBuilder().add("from", day + "T07:" + minute)
                .add("to", day + "T08:" + minute).add("version", entry.getInt("version")).build());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(errors(noReason)).containsKey("reason");
        JsonObject corrected = ok(manager.put("/time/" + entry.getString("id"), Json.createObjectBuilder().add("from", day + "T07:" + minute)
                .add("to", day + "T08:" + minute).add("reason", "started late").add("version", entry.getInt("version")).build()));
        assertThat(corrected.getJsonNumber("hours").doubleValue()).isEqualTo(1.0);
        assertThat(corrected.getString("correctionReason")).isEqualTo("started late");
        Api.Response listed = worker.get("/workers/" + workerId + "/time?from=" + day + "&to=" + day);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.structure().asJsonArray()).singleElement().satisfies(v -> {
            assertThat(v.asJsonObject().getString("id")).isEqualTo(entry.getString("id"));
            assertThat(v.asJsonObject().getString("correctedBy")).isEqualTo("manager of it-acme");
        });

        JsonObject grid = ok(manager.get("/workload?from=" + day + "&to=" + day + "&search=" + Api.encode("worker of it-acme")));
        JsonObject row = grid.getJsonArray("items").getJsonObject(0);
        assertThat(row.getString("userId")).isEqualTo(workerId);
        assertThat(row.getJsonArray("days").getJsonObject(0).getJsonNumber("worked").doubleValue()).isEqualTo(1.0);
        assertThat(worker.get("/workload?from=" + day + "&to=" + day).status()).isEqualTo(403);

        Api.Response metrics = manager.get("/metrics?from=" + day + "&to=" + day + "&groupBy=worker,stage");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.json().getJsonArray("items")).as("time by hand is no completed stage work").isEmpty();
        assertThat(metrics.json().getInt("total")).isZero();
        Api.Response badGrouping = manager.get("/metrics?from=" + day + "&to=" + day + "&groupBy=worker,shoe");
        assertThat(badGrouping.status()).isEqualTo(422);
        assertThat(errors(badGrouping)).containsKey("groupBy");
        assertThat(worker.get("/metrics?from=" + day + "&to=" + day).status()).isEqualTo(403);
    }

    private static String workerId() {
        return ok(manager.get("/workers?search=" + Api.encode("worker of it-acme"))).getJsonArray("items").getJsonObject(0).getString("id");
    }

    private static Map<String, String> errors(Api.Response problem) {
        return problem.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    private static JsonObject created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
