package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/**
 * The quality API as integrators meet it: a checklist built and published, the gate's 422 naming
 * it, a check filed with a reading out of limits that opens an issue, photos uploaded and served
 * only within the organization, an issue resolved, problem+json for bad input.
 */
class QualityApiIT {

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
    void aFailedReadingOpensAnIssueAndAPassingCheckOpensTheGate() throws IOException {
        String product = created(manager.post("/products", Json.createObjectBuilder().add("name", "API quality " + suffix())
                .add("skuPrefix", "AQ" + suffix().substring(0, 4)).add("baseHours", 2).add("basePrice", 90).build())).getString("id");
        JsonObject batch = batchOf(product);
        String stage = batch.getString("stageId");

        Api.Response bad = manager.post("/checklists", Json.createObjectBuilder().add("name", "Fit").add("stageId", stage)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "Fit").add("text", "Gap")
                        .add("kind", "measurement").add("severity", "fatal"))).build());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.isProblem()).isTrue();
        assertThat(errors(bad)).containsKey("items[0].severity");

        JsonObject draft = created(manager.post("/checklists", Json.createObjectBuilder().add("name", "API cup fit " + suffix())
                .add("stageId", stage).add("productId", product)
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("category", "Finish").add("text", "No scratches").add("photoRequired", true))
                        .add(Json.createObjectBuilder().add("category", "Fit").add("text", "Gap to the cup").add("kind", "measurement")
                                .add("unit", "mm").add("lowerLimit", 0.1).add("upperLimit", 0.3).add("severity", "critical"))).build()));
        assertThat(draft.getString("status")).isEqualTo("draft");
        JsonObject checklist = ok(manager.post("/checklists/" + draft.getString("id") + "/publish",
                Json.createObjectBuilder().add("version", draft.getInt("version")).build()));
        String surface = checklist.getJsonArray("items").getJsonObject(0).getString("id");
        String gap = checklist.getJsonArray("items").getJsonObject(1).getString("id");

        Api.Response refused = manager.post("/batches/" + batch.getString("id") + "/advance",
                Json.createObjectBuilder().add("version", batch.getInt("version")).build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains(checklist.getString("name"));
        assertThat(worker.get("/checks/needs?batchId=" + batch.getString("id")).structure().asJsonArray().getJsonObject(0).getBoolean("passing"))
                .isFalse();

        JsonObject open = created(worker.post("/checks", Json.createObjectBuilder().add("batchId", batch.getString("id"))
                .add("templateId", checklist.getString("id")).add("complete", false).build()));
        ok(worker.put("/checks/" + open.getString("id") + "/results/" + surface, Json.createObjectBuilder().add("passed", true).build()));
        Api.Response notAnImage = worker.upload("/checks/" + open.getString("id") + "/results/" + surface + "/photos?name=x.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(notAnImage.status()).as(notAnImage.toString()).isEqualTo(422);
        byte[] tooLarge = Arrays.copyOf(png(), 10 * 1024 * 1024 + 1);
        Api.Response tooBig = worker.upload("/checks/" + open.getString("id") + "/results/" + surface + "/photos?name=big.png", tooLarge, "image/png");
        assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(422);
        assertThat(tooBig.toString()).contains("must be at most 10 MB");
        byte[] png = png();
        JsonObject photo = created(worker.upload("/checks/" + open.getString("id") + "/results/" + surface + "/photos?name=grain.png", png,
                "application/octet-stream"));
        assertThat(photo.getString("contentType")).isEqualTo("image/png");

        Api.Response noReading = worker.post("/checks/" + open.getString("id") + "/complete", Json.createObjectBuilder()
                .add("version", open.getInt("version")).build());
        assertThat(noReading.status()).as(noReading.toString()).isEqualTo(422);
        assertThat(errors(noReading)).containsEntry("results." + gap, "needs its reading");
        JsonObject failed = ok(worker.post("/checks/" + open.getString("id") + "/complete", Json.createObjectBuilder()
                .add("version", worker.get("/checks/" + open.getString("id")).json().getInt("version"))
                .add("results", Json.createArrayBuilder().add(Json.createObjectBuilder().add("itemId", gap).add("reading", 0.45))).build()));
        assertThat(failed.getString("status")).isEqualTo("critical");
        assertThat(failed.getInt("secondsTaken")).isNotNegative();
        JsonObject issue = ok(manager.get("/issues/" + failed.getString("issueId")));
        assertThat(issue.getString("category")).isEqualTo("Failed check");
        assertThat(issue.getString("sla")).isEqualTo("on_track");
        assertThat(manager.get("/issues?open=true&batchId=" + batch.getString("id")).json().getJsonArray("items")).hasSize(1);
        assertThat(manager.get("/batches/" + batch.getString("id")).json().getString("qualityStatus")).isEqualTo("critical");

        Api.Download content = worker.download("/" + photo.getString("content"));
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.bytes()).isEqualTo(png);
        assertThat(content.contentType()).isEqualTo("image/png");
        assertThat(content.contentTypeOptions()).isEqualTo("nosniff");
        assertThat(content.disposition()).startsWith("inline");
        assertThat(worker.download("/" + photo.getString("thumbnail")).status()).isEqualTo(200);
        assertThat(globexManager.download("/" + photo.getString("content")).status()).as("another organization's photo").isEqualTo(404);
        assertThat(globexManager.get("/issues/" + issue.getString("id")).status()).isEqualTo(404);

        JsonObject passed = created(worker.post("/checks", Json.createObjectBuilder().add("batchId", batch.getString("id"))
                .add("templateId", checklist.getString("id")).add("complete", false).build()));
        ok(worker.put("/checks/" + passed.getString("id") + "/results/" + surface, Json.createObjectBuilder().add("passed", true).build()));
        byte[] webp;
        try (InputStream in = QualityApiIT.class.getResourceAsStream("gradient-40x30.webp")) {
            webp = in.readAllBytes();
        }
        JsonObject phonePhoto = created(worker.upload("/checks/" + passed.getString("id") + "/results/" + surface + "/photos?name=grain.webp",
                webp, "image/webp"));
        assertThat(phonePhoto.getString("contentType")).isEqualTo("image/webp");
        assertThat(phonePhoto.getString("thumbnail", null)).as("a phone's WebP photo is previewed too").isNotNull();
        assertThat(worker.download("/" + phonePhoto.getString("thumbnail")).contentType()).isEqualTo("image/png");
        assertThat(ok(worker.post("/checks/" + passed.getString("id") + "/complete", Json.createObjectBuilder()
                .add("version", worker.get("/checks/" + passed.getString("id")).json().getInt("version"))
                .add("results", Json.createArrayBuilder().add(Json.createObjectBuilder().add("itemId", gap).add("reading", 0.2))).build()))
                .getString("status")).isEqualTo("good");

        JsonObject resolved = ok(manager.post("/issues/" + issue.getString("id") + "/resolve", Json.createObjectBuilder()
                .add("version", issue.getInt("version")).add("rootCause", "Worn jig").add("resolution", "Jig replaced").build()));
        assertThat(resolved.getString("sla")).isEqualTo("resolved");
        JsonObject current = ok(manager.get("/batches/" + batch.getString("id")));
        assertThat(current.getString("qualityStatus")).isEqualTo("good");
        assertThat(manager.post("/batches/" + batch.getString("id") + "/advance", Json.createObjectBuilder().add("version", current.getInt("version")).build())
                .status()).isEqualTo(200);
        ok(manager.post("/checklists/" + checklist.getString("id") + "/retire", Json.createObjectBuilder()
                .add("version", manager.get("/checklists/" + checklist.getString("id")).json().getInt("version")).build()));
    }

    @Test
    void categoriesAreSeededAndAnOverrideNeedsItsReason() {
        assertThat(manager.get("/issue-categories").structure().asJsonArray()).extracting(v -> v.asJsonObject().getString("code", ""))
                .contains("failed_check", "equipment", "safety");
        JsonObject batch = batchOf(null);
        Api.Response noReason = manager.post("/batches/" + batch.getString("id") + "/gate-overrides",
                Json.createObjectBuilder().add("version", batch.getInt("version")).build());
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(worker.post("/batches/" + batch.getString("id") + "/gate-overrides", Json.createObjectBuilder()
                .add("version", batch.getInt("version")).add("reason", "please").build()).status()).isEqualTo(403);
        JsonObject granted = created(manager.post("/batches/" + batch.getString("id") + "/gate-overrides", Json.createObjectBuilder()
                .add("version", batch.getInt("version")).add("reason", "Sample approved by the customer").build()));
        assertThat(granted.getString("grantedBy")).startsWith("manager of");
        assertThat(manager.get("/batches/" + batch.getString("id") + "/gate-overrides").structure().asJsonArray()).hasSize(1);
    }

    private static JsonObject batchOf(String product) {
        String customer = created(manager.post("/customers", Json.createObjectBuilder().add("name", "Quality buyer " + suffix()).build())).getString("id");
        var order = Json.createObjectBuilder().add("customerId", customer).add("dueDate", "2030-01-31");
        if (product != null) {
            order.add("productId", product);
        }
        String orderId = created(manager.post("/orders", order.build())).getString("id");
        return created(manager.post("/batches", Json.createObjectBuilder().add("orderIds", Json.createArrayBuilder().add(orderId)).build()));
    }

    /** A problem's field errors: field to message. */
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

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
