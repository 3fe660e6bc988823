package io.shopfloor.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;

/** What a browser (or an attacker) learns from the headers: a content security policy, no server version, no vendor internals. */
class BrowserHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final TestShopfloor shopfloor = TestShopfloor.get();

    @Test
    void everyPageOfBothApplicationsCarriesTheSecurityHeaders() throws Exception {
        for (String url : new String[] {shopfloor.staffUrl() + "/sign-in.xhtml", shopfloor.consoleUrl() + "/sign-in.xhtml"}) {
            HttpResponse<String> page = get(url);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Content-Security-Policy")).as(url)
                    .anySatisfy(policy -> assertThat(policy).contains("script-src").containsPattern("'nonce-[^']+'"))
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(page.headers().firstValue("Server")).as("no server version").isEmpty();
            assertThat(page.headers().firstValue("X-Powered-By")).as("no server version").isEmpty();
            assertThat(page.body()).doesNotContain("<script>").doesNotContainPattern("onclick=\"[^\"]");
            assertThat(page.headers().allValues("Set-Cookie")).as("the session cookie").anySatisfy(cookie ->
                    assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        }
    }

    @Test
    void aMissingPageAndTheMetricsTellNothingAboutTheServer() throws Exception {
        // Pages need a signed-in user (a stranger is sent to sign in); files under the resource path do not.
        HttpResponse<String> missing = get(shopfloor.staffUrl() + "/jakarta.faces.resource/no-such-file.png");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).as("Shopfloor's own error page").contains("That did not work").doesNotContain("Payara").doesNotContain("Exception");
        HttpResponse<String> missingApi = get(shopfloor.apiUrl() + "/no-such-resource");
        assertThat(missingApi.statusCode()).isIn(401, 404);
        assertThat(missingApi.body()).doesNotContain("Payara");
        HttpResponse<String> metrics = get(shopfloor.healthUrl().replace("/health/ready", "/metrics"));
        assertThat(metrics.statusCode()).as("MicroProfile Metrics (pools by name, JVM internals) are off").isIn(403, 404);
        assertThat(metrics.body()).doesNotContain("jdbc").doesNotContain("shopfloor-pool");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
