package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/** The products API with options and stage estimates, and an order's product, option and internal notes, as integrators meet them. */
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

    @Test
    void stageEstimatesAreWrittenWithTheProductAndWrongOnesAreA422NamingTheField() {
        // Integrators find the stage ids in GET /stages.
        Map<String, UUID> stages = new LinkedHashMap<>();
        acmeManager.get("/stages").structure().asJsonArray().getValuesAs(JsonObject.class)
                .forEach(stage -> stages.put(stage.getString("name"), UUID.fromString(stage.getString("id"))));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        JsonObject product = Json.createObjectBuilder().add("name", "Estimated " + suffix).add("skuPrefix", "ES" + suffix)
                .add("baseHours", 10).add("basePrice", 900).build();
        Api.Response created = acmeManager.post("/products", Json.createObjectBuilder(product).add("stageEstimates",
                Json.createArrayBuilder()
                        .add(estimate(stages.get("Finishing"), "3.5").add("position", 1))
                        .add(estimate(stages.get("Sanding"), "2").add("position", 0).add("required", false))).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        JsonArray saved = acmeManager.get("/products/" + id).json().getJsonArray("stageEstimates");
        assertThat(saved.getValuesAs(JsonObject.class)).extracting(e -> e.getString("stageName")).containsExactly("Sanding", "Finishing");
        JsonObject sanding = saved.getJsonObject(0);
        assertThat(sanding.getString("stageId")).isEqualTo(stages.get("Sanding").toString());
        assertThat(sanding.getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("2");
        assertThat(sanding.getInt("position")).isZero();
        assertThat(sanding.getBoolean("required")).isFalse();
        assertThat(sanding.getBoolean("stageActive")).isTrue();
        assertThat(saved.getJsonObject(1).getBoolean("required")).as("required unless given").isTrue();
        long version = created.json().getJsonNumber("version").longValue();

        // Wrong estimates: every field named, nothing saved.
        Api.Response malformed = acmeManager.put("/products/" + id, with(product, version, Json.createArrayBuilder()
                .add(estimate(stages.get("Sanding"), "1")).add(Json.createObjectBuilder().add("stageId", "sanding").add("hours", 1))));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(422);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(errors(malformed)).containsExactly(Map.entry("stageEstimates[1].stageId", "must be a UUID"));
        Api.Response refused = acmeManager.put("/products/" + id, with(product, version, Json.createArrayBuilder()
                .add(estimate(stages.get("Sanding"), "2.125")).add(estimate(stages.get("Sanding"), "1"))
                .add(estimate(stages.get("Shipping"), "10001"))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(errors(refused)).containsOnly(
                Map.entry("stageEstimates[0].hours", "hours for Sanding take at most 2 decimals"),
                Map.entry("stageEstimates[1].stageId", "Sanding is given twice; give one estimate per stage"),
                Map.entry("stageEstimates[2].hours", "hours for Shipping must be at most 10000"));
        Api.Response foreign = globexManager.post("/products", Json.createObjectBuilder().add("name", "Foreign " + suffix)
                .add("skuPrefix", "FO" + suffix).add("baseHours", 1).add("basePrice", 1)
                .add("stageEstimates", Json.createArrayBuilder().add(estimate(stages.get("Sanding"), "1"))).build());
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(errors(foreign)).containsOnlyKeys("stageEstimates[0].stageId");
        assertThat(acmeManager.get("/products/" + id).json().getJsonArray("stageEstimates")).isEqualTo(saved);

        // What was read goes back as it is (stageName and the like are ignored); left out, estimates stay.
        JsonArray reordered = Json.createArrayBuilder().add(saved.getJsonObject(1)).add(Json.createObjectBuilder(saved.getJsonObject(0))
                .remove("position").add("hours", 2.25)).build();
        Api.Response changed = acmeManager.put("/products/" + id, with(product, version, reordered));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("stageEstimates").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("stageName") + " " + e.getJsonNumber("hours").bigDecimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("Finishing 3.5", "Sanding 2.25");
        long next = changed.json().getJsonNumber("version").longValue();
        Api.Response untouched = acmeManager.put("/products/" + id, Json.createObjectBuilder(product).add("version", next).build());
        assertThat(untouched.json().getJsonArray("stageEstimates")).isEqualTo(changed.json().getJsonArray("stageEstimates"));

        assertThat(acmeWorker.get("/products/" + id).json().getJsonArray("stageEstimates")).hasSize(2);
        assertThat(acmeWorker.put("/products/" + id, with(product, next, Json.createArrayBuilder())).status()).isEqualTo(403);
    }

    private static JsonObjectBuilder estimate(UUID stageId, String hours) {
        return Json.createObjectBuilder().add("stageId", stageId.toString()).add("hours", new BigDecimal(hours));
    }

    @Test
    void anOptionIsRenamedAndDeactivatedTogetherOrNotAtAll() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String productId = acmeManager.post("/products", Json.createObjectBuilder().add("name", "Opus " + suffix)
                .add("skuPrefix", "OP" + suffix).add("baseHours", 3).add("basePrice", 500).build()).json().getString("id");
        acmeManager.post("/products/" + productId + "/options", Json.createObjectBuilder().add("name", "Walnut").build());
        JsonObject product = acmeManager.post("/products/" + productId + "/options", Json.createObjectBuilder().add("name", "Ash").build()).json();
        String ash = product.getJsonArray("options").getJsonObject(1).getString("id");

        // A taken name refuses the whole change: the option stays active too.
        Api.Response refused = acmeManager.put("/products/" + productId + "/options/" + ash,
                Json.createObjectBuilder().add("name", "walnut").add("active", false).build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonObject unchanged = acmeManager.get("/products/" + productId).json().getJsonArray("options").getJsonObject(1);
        assertThat(unchanged.getString("name")).isEqualTo("Ash");
        assertThat(unchanged.getBoolean("active")).isTrue();

        Api.Response changed = acmeManager.put("/products/" + productId + "/options/" + ash,
                Json.createObjectBuilder().add("name", "Cherry").add("active", false).build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject cherry = changed.json().getJsonArray("options").getJsonObject(1);
        assertThat(cherry.getString("name")).isEqualTo("Cherry");
        assertThat(cherry.getBoolean("active")).isFalse();

        String otherProduct = acmeManager.post("/products", Json.createObjectBuilder().add("name", "Other opus " + suffix)
                .add("skuPrefix", "OO" + suffix).add("baseHours", 3).add("basePrice", 500).build()).json().getString("id");
        assertThat(acmeManager.put("/products/" + otherProduct + "/options/" + ash, Json.createObjectBuilder().add("active", true).build())
                .status()).as("an option of another product").isEqualTo(404);
    }

    private static JsonObject with(JsonObject product, long version, JsonArrayBuilder estimates) {
        return with(product, version, estimates.build());
    }

    private static JsonObject with(JsonObject product, long version, JsonArray estimates) {
        return Json.createObjectBuilder(product).add("version", version).add("stageEstimates", estimates).build();
    }

    private static Map<String, String> errors(Api.Response problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(e -> errors.put(e.getString("field"), e.getString("message")));
        return errors;
    }
}
