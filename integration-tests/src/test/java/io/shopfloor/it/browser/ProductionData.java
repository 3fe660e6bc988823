package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/**
 * Orders and batches of one organization for the production screens' tests, made over the REST API
 * as an integrator (or a colleague at another desk) would: as the organization's manager.
 */
final class ProductionData {

    private final TestShopfloor shopfloor;
    private final TestShopfloor.Organization organization;
    private final Api manager;

    ProductionData(TestShopfloor shopfloor, TestShopfloor.Organization organization) {
        this.shopfloor = shopfloor;
        this.organization = organization;
        this.manager = new Api(shopfloor.apiUrl(), organization.token("manager"));
    }

    String customer(String name) {
        return created(manager.post("/customers", Json.createObjectBuilder().add("name", name).build())).getString("id");
    }

    /** A pending order of the customer, due on {@code due}. */
    String pendingOrder(String customerId, LocalDate due) {
        return created(manager.post("/orders", Json.createObjectBuilder()
                .add("customerId", customerId).add("dueDate", due.toString()).build())).getString("id");
    }

    /** A new batch of the orders, at the first stage. */
    JsonObject batch(List<String> orderIds, String priority) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        orderIds.forEach(ids::add);
        return created(manager.post("/batches", Json.createObjectBuilder().add("orderIds", ids).add("priority", priority).build()));
    }

    JsonObject batch(String id) {
        Api.Response read = manager.get("/batches/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    /** Moves the batch on from its current stage, as another manager would meanwhile. */
    JsonObject advance(String batchId) {
        Api.Response moved = manager.post("/batches/" + batchId + "/advance",
                Json.createObjectBuilder().add("version", batch(batchId).getJsonNumber("version").longValue()).build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return moved.json();
    }

    /** Puts the batch on quality hold: reports an issue of severity hold at its stage; its id is returned. */
    String hold(String batchId) {
        String safety = manager.get("/issue-categories").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(c -> "safety".equals(c.getString("code", ""))).map(c -> c.getString("id")).findFirst().orElseThrow();
        return created(manager.post("/issues", Json.createObjectBuilder().add("batchId", batchId).add("stageId", batch(batchId).getString("stageId"))
                .add("categoryId", safety).add("severity", "hold").add("title", "Guard missing on the sander").build())).getString("id");
    }

    /** Resolves the issue, releasing the batch it held. */
    void resolve(String issueId) {
        Api.Response read = manager.get("/issues/" + issueId);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        Api.Response resolved = manager.post("/issues/" + issueId + "/resolve", Json.createObjectBuilder()
                .add("version", read.json().getJsonNumber("version").longValue()).add("rootCause", "Guard taken off for cleaning")
                .add("resolution", "Guard refitted").build());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    }

    /** Assigns the organization's user of {@code role} to the batch's work at the stage named {@code stage}. */
    void assign(String batchId, String stage, String role) {
        String stageId = batch(batchId).getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("stageName").equals(stage)).map(s -> s.getString("stageId")).findFirst().orElseThrow();
        UUID worker = userId(role);
        qualify(worker, stageId);
        Api.Response assigned = manager.put("/batches/" + batchId + "/stages/" + stageId + "/worker",
                Json.createObjectBuilder().add("workerId", worker.toString()).build());
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    /** Gives the organization's user of {@code role} a qualified skill for every stage, as a people manager would. */
    void qualifyEverywhere(String role) {
        UUID worker = userId(role);
        manager.get("/stages").structure().asJsonArray().stream().map(v -> v.asJsonObject().getString("id"))
                .forEach(stage -> qualify(worker, stage));
    }

    /** Gives the worker a qualified skill for the stage (work is assigned only to the skilled). */
    void qualify(UUID worker, String stageId) {
        Api.Response skill = manager.put("/workers/" + worker + "/skills/" + stageId,
                Json.createObjectBuilder().add("level", "qualified").build());
        assertThat(skill.status()).as(skill.toString()).isEqualTo(200);
    }

    String orderStatus(String orderId) {
        Api.Response order = manager.get("/orders/" + orderId);
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        return order.json().getString("status");
    }

    /** The user id of the organization's user of {@code role}, read as the application role inside the organization. */
    UUID userId(String role) {
        try (Connection app = shopfloor.runtime().database().connectAsApp()) {
            app.setAutoCommit(false);
            try (PreparedStatement tenant = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement user = app.prepareStatement("SELECT id FROM shopfloor.users WHERE email = ?")) {
                tenant.setString(1, organization.tenantId().toString());
                tenant.execute();
                user.setString(1, organization.email(role));
                try (ResultSet row = user.executeQuery()) {
                    assertThat(row.next()).as("user of role " + role).isTrue();
                    UUID id = row.getObject(1, UUID.class);
                    app.commit();
                    return id;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the user of role " + role, e);
        }
    }

    private static JsonObject created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
