package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/**
 * Every write operation of the REST API, sent what an attacker or a broken client sends: no body,
 * malformed JSON, the wrong shape, wrong types, huge strings, control characters and NUL. Each must
 * answer with a client error (4xx) and, where it says why, as problem+json; never a 5xx.
 */
class HostileBodiesIT {

    private static final String HUGE = "x".repeat(1_000_000);
    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("no body", null);
        BODIES.put("malformed JSON", "{\"name\": ");
        BODIES.put("JSON null", "null");
        BODIES.put("an array", "[1, 2, 3]");
        BODIES.put("an object for an array", "{\"ids\": []}");
        BODIES.put("wrong types", "{\"name\": 12, \"version\": \"seven\", \"customerId\": true, \"orderIds\": \"all\", \"priority\": [],"
                + " \"dueDate\": \"yesterday\", \"active\": \"maybe\", \"hours\": {}, \"stageEstimates\": \"none\", \"workerId\": 5,"
                + " \"status\": 3, \"qualityStatus\": false, \"customFields\": [1], \"baseHours\": \"many\"}");
        BODIES.put("huge strings", "{\"name\": \"" + HUGE + "\", \"notes\": \"" + HUGE + "\"}");
        BODIES.put("control characters and NUL", "{\"name\": \"Bad\\u0000name\", \"notes\": \"\\u0000\\u0001\\u001b[31m\", \"reason\": \"\\u0000\","
                + " \"status\": \"pending\\u0000\", \"email\": \"a\\u0000@b.example\", \"skuPrefix\": \"VC\\u0000\", \"complexity\": \"low\","
                + " \"baseHours\": 1, \"basePrice\": 1, \"customerId\": \"%CUSTOMER%\", \"version\": 0, \"customFields\": {\"fin\\u0000ish\": \"\\u0000\"},"
                + " \"customizations\": {\"engraving\": \"\\ud800\"}}");
        BODIES.put("nested deep", "{\"customFields\": " + "{\"a\": ".repeat(200) + "1" + "}".repeat(200) + "}");
    }

    @Test
    void noWriteOperationAnswersAServerErrorToAHostileBody() throws IOException {
        TestShopfloor shopfloor = TestShopfloor.get();
        Api manager = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
        Map<String, String> ids = realRecords(manager);
        List<String[]> operations = List.of(
                new String[] {"POST", "/customers"}, new String[] {"PUT", "/customers/{customer}"},
                new String[] {"POST", "/orders"}, new String[] {"PUT", "/orders/{order}"}, new String[] {"POST", "/orders/{order}/status"},
                new String[] {"POST", "/products"}, new String[] {"PUT", "/products/{product}"}, new String[] {"POST", "/products/{product}/active"},
                new String[] {"POST", "/products/{product}/options"}, new String[] {"PUT", "/products/{product}/options/{option}"},
                new String[] {"PUT", "/products/{product}/options"},
                new String[] {"POST", "/batches"}, new String[] {"PUT", "/batches/{batch}"}, new String[] {"POST", "/batches/{batch}/orders"},
                new String[] {"DELETE", "/batches/{batch}/orders/{batchOrder}"}, new String[] {"PUT", "/batches/{batch}/stages/{stage}/worker"},
                new String[] {"POST", "/batches/{batch}/advance"},
                new String[] {"POST", "/work/{work}/start"}, new String[] {"POST", "/work/{work}/complete"},
                new String[] {"POST", "/work/{work}/pause"}, new String[] {"POST", "/work/{work}/resume"},
                new String[] {"PUT", "/workers/{user}/skills/{stage}"}, new String[] {"DELETE", "/workers/{user}/skills/{stage}"},
                new String[] {"PUT", "/workers/{user}"}, new String[] {"PUT", "/workers/{user}/week"}, new String[] {"DELETE", "/workers/{user}/week"},
                new String[] {"POST", "/workers/{user}/time"}, new String[] {"PUT", "/time/{time}"},
                new String[] {"PUT", "/availability/week"}, new String[] {"POST", "/availability/holidays"},
                new String[] {"DELETE", "/availability/holidays/{holiday}"}, new String[] {"POST", "/availability/requests"},
                new String[] {"POST", "/availability/exceptions"}, new String[] {"POST", "/availability/exceptions/{exception}/decision"},
                new String[] {"DELETE", "/availability/exceptions/{exception}"},
                new String[] {"POST", "/checklists"}, new String[] {"PUT", "/checklists/{checklist}"},
                new String[] {"POST", "/checklists/{checklist}/publish"}, new String[] {"POST", "/checklists/{checklist}/retire"},
                new String[] {"DELETE", "/checklists/{checklist}"},
                new String[] {"POST", "/checks"}, new String[] {"PUT", "/checks/{check}/results/{item}"},
                new String[] {"POST", "/checks/{check}/results/{item}/photos"}, new String[] {"POST", "/checks/{check}/complete"},
                new String[] {"POST", "/issues"}, new String[] {"PUT", "/issues/{issue}"}, new String[] {"POST", "/issues/{issue}/assign"},
                new String[] {"POST", "/issues/{issue}/resolve"}, new String[] {"POST", "/issues/{issue}/reopen"},
                new String[] {"POST", "/issues/{issue}/files"},
                new String[] {"POST", "/issue-categories"}, new String[] {"PUT", "/issue-categories/{category}"},
                new String[] {"POST", "/issue-categories/{category}/active"},
                new String[] {"POST", "/batches/{batch}/gate-overrides"});
        assertThat(operations).as("every write operation of the resources").hasSize(writeOperationsInTheResources());

        List<String> serverErrors = new ArrayList<>();
        int sent = 0;
        for (String[] operation : operations) {
            String path = operation[1];
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            for (Map.Entry<String, String> body : BODIES.entrySet()) {
                if (operation[0].equals("DELETE") && body.getKey().equals("huge strings")) {
                    // A DELETE takes no body: the server answers without reading it, and a 2 MB one left unread is
                    // more than it swallows afterwards, so the connection may close before the client reads the answer.
                    continue;
                }
                String raw = body.getValue() == null ? null : body.getValue().replace("%CUSTOMER%", ids.get("customer"));
                Api.Response response;
                try {
                    response = manager.send(operation[0], path, raw);
                } catch (java.io.UncheckedIOException noAnswer) {
                    serverErrors.add(operation[0] + " " + operation[1] + " with " + body.getKey() + ": no answer (" + noAnswer.getMessage() + ")");
                    continue;
                }
                sent++;
                if (response.status() >= 500) {
                    serverErrors.add(operation[0] + " " + operation[1] + " with " + body.getKey() + ": " + response.status() + " "
                            + response.body().substring(0, Math.min(200, response.body().length())));
                } else if (response.status() >= 400 && !response.body().isEmpty()) {
                    assertThat(response.isProblem()).as(operation[0] + " " + operation[1] + " with " + body.getKey() + ": " + response).isTrue();
                }
            }
        }
        System.out.println("HOSTILE bodies: " + sent + " requests to " + operations.size() + " write operations, " + serverErrors.size() + " server errors");
        assertThat(serverErrors).as("5xx answers").isEmpty();
    }

    /** A customer, an order in a batch, a product with an option, the batch's stage and work: real targets for every path. */
    private static Map<String, String> realRecords(Api manager) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("customer", manager.post("/customers", Json.createObjectBuilder().add("name", "Hostile " + suffix).build()).json().getString("id"));
        JsonObject product = manager.post("/products", Json.createObjectBuilder().add("name", "Hostile model " + suffix)
                .add("skuPrefix", "H" + suffix.substring(0, 4).toUpperCase()).add("complexity", "low").add("baseHours", 1).add("basePrice", 10).build()).json();
        ids.put("product", product.getString("id"));
        ids.put("option", manager.post("/products/" + ids.get("product") + "/options", Json.createObjectBuilder().add("name", "Oak").build())
                .json().getJsonArray("options").getJsonObject(0).getString("id"));
        ids.put("order", manager.post("/orders", Json.createObjectBuilder().add("customerId", ids.get("customer")).build()).json().getString("id"));
        String batched = manager.post("/orders", Json.createObjectBuilder().add("customerId", ids.get("customer")).build()).json().getString("id");
        JsonObject batch = manager.post("/batches", Json.createObjectBuilder().add("orderIds", Json.createArrayBuilder().add(batched)).build()).json();
        ids.put("batch", batch.getString("id"));
        ids.put("batchOrder", batched);
        ids.put("stage", batch.getString("stageId"));
        ids.put("work", batch.getJsonArray("stages").getJsonObject(0).getString("id"));
        ids.put("user", manager.get("/stages/" + ids.get("stage") + "/workers").structure().asJsonArray().getJsonObject(0).getString("id"));
        // Quality: a published checklist of the product (so only its own batch meets it), an open check of that batch, an issue, a category.
        String ordered = created(manager.post("/orders", Json.createObjectBuilder().add("customerId", ids.get("customer")).add("productId", ids.get("product"))
                .add("optionId", ids.get("option")).build())).getString("id");
        JsonObject checked = created(manager.post("/batches", Json.createObjectBuilder().add("orderIds", Json.createArrayBuilder().add(ordered)).build()));
        JsonObject checklist = created(manager.post("/checklists", Json.createObjectBuilder().add("name", "Hostile check " + suffix)
                .add("stageId", checked.getString("stageId")).add("productId", ids.get("product"))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "Finish").add("text", "Smooth"))).build()));
        ids.put("checklist", checklist.getString("id"));
        ids.put("item", checklist.getJsonArray("items").getJsonObject(0).getString("id"));
        manager.post("/checklists/" + ids.get("checklist") + "/publish", Json.createObjectBuilder().add("version", checklist.getInt("version")).build());
        ids.put("check", created(manager.post("/checks", Json.createObjectBuilder().add("batchId", checked.getString("id"))
                .add("templateId", ids.get("checklist")).add("complete", false).build())).getString("id"));
        ids.put("category", created(manager.post("/issue-categories", Json.createObjectBuilder().add("name", "Hostile " + suffix)
                .add("defaultSeverity", "warning").add("slaHours", 8).build())).getString("id"));
        ids.put("issue", created(manager.post("/issues", Json.createObjectBuilder().add("batchId", ids.get("batch")).add("categoryId", ids.get("category"))
                .add("title", "Hostile issue").build())).getString("id"));
        // People: a holiday and an exception on days far ahead, an hour of time on a day long past.
        int day = 1 + new java.util.Random().nextInt(27);
        ids.put("holiday", created(manager.post("/availability/holidays", Json.createObjectBuilder().add("day", "2099-02-" + (day < 10 ? "0" : "") + day)
                .add("name", "Hostile " + suffix).build())).getString("id"));
        ids.put("exception", created(manager.post("/availability/exceptions", Json.createObjectBuilder().add("userId", ids.get("user"))
                .add("day", "2099-03-" + (day < 10 ? "0" : "") + day).add("kind", "leave").add("hours", 0).build())).getString("id"));
        ids.put("time", created(manager.post("/workers/" + ids.get("user") + "/time", Json.createObjectBuilder().add("category", "cleaning")
                .add("from", "2020-01-" + (day < 10 ? "0" : "") + day + "T07:00").add("to", "2020-01-" + (day < 10 ? "0" : "") + day + "T08:00").build()))
                .getString("id"));
        return ids;
    }

    private static JsonObject created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** The @POST, @PUT and @DELETE methods of the REST resources, counted in their sources: a new one must join the list above. */
    private static int writeOperationsInTheResources() throws IOException {
        Pattern write = Pattern.compile("^\\s*@(POST|PUT|DELETE)\\s*$", Pattern.MULTILINE);
        int count = 0;
        try (Stream<Path> sources = Files.walk(Path.of("../web-module/src/main/java/io/shopfloor/web/rest"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith("Resource.java")).toList()) {
                Matcher matches = write.matcher(Files.readString(source));
                while (matches.find()) {
                    count++;
                }
            }
        }
        return count;
    }
}
