package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/** A change's audit row names the request that made it: the id in its X-Request-Id, the client's address and user agent. */
class RequestContextIT {

    @Test
    void theAuditRowOfAWriteCarriesItsRequestIdAddressAndUserAgent() throws Exception {
        TestShopfloor shopfloor = TestShopfloor.get();
        String requestId = "it-" + UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(shopfloor.apiUrl() + "/customers"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + shopfloor.acme().token("manager"))
                .header("Content-Type", "application/json")
                .header("User-Agent", "shopfloor-it/1.0")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("name", "Traced " + requestId).build().toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Request-Id")).contains(requestId);
        String customerId = Json.createReader(new java.io.StringReader(created.body())).readObject().getString("id");

        try (Connection owner = shopfloor.runtime().database().connectAsOwner()) {
            owner.setAutoCommit(false);
            try (PreparedStatement tenant = owner.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement audit = owner.prepareStatement(
                         "SELECT request_id, host(client_address), user_agent FROM shopfloor.audit_log WHERE entity_type = 'customers' AND entity_id = ?")) {
                tenant.setString(1, shopfloor.acme().tenantId().toString());
                tenant.execute();
                audit.setString(1, customerId);
                try (ResultSet row = audit.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo(requestId);
                    assertThat(row.getString(2)).isEqualTo("127.0.0.1");
                    assertThat(row.getString(3)).isEqualTo("shopfloor-it/1.0");
                }
            } finally {
                owner.rollback();
            }
        }
    }
}
