package io.shopfloor.it.rest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** Calls the REST API as one API token, the way an integrator would. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * For bodies no well-behaved client sends: HTTP/1.1, as curl and most integrations speak it.
     * (Java's default asks to upgrade to cleartext HTTP/2; answered early, as a refusal is, a
     * DELETE with a megabyte body then never completes on the client's side.) A new connection
     * for each, as curl opens one per call: the server may close a connection whose body it refused
     * unread, and a client that reuses it meanwhile reads no answer at all ("header parser received
     * no bytes"), which says nothing about the answer the test is after.
     */
    private static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private final String baseUrl;
    private final String token;
    private final String language;

    public Api(String baseUrl, String token) {
        this(baseUrl, token, null);
    }

    private Api(String baseUrl, String token, String language) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.language = language;
    }

    /** The same caller asking for answers in another language (Accept-Language). */
    public Api inLanguage(String languageTag) {
        return new Api(baseUrl, token, languageTag);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, JsonObject body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Response post(String path, String rawBody) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    public Response put(String path, JsonObject body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method with any body, sent as it is (for bodies no well-behaved client would send). */
    public Response send(String method, String path, String rawBody) {
        return send(http11(), request(path).method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    /** A file as the body, of the type the client claims (the server sniffs the bytes anyway). */
    public Response upload(String path, byte[] bytes, String claimedType) {
        return send(request(path).setHeader("Content-Type", claimedType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** A file's bytes with the headers a browser acts on. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.headers().firstValue("X-Content-Type-Options").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file: status, type, disposition, nosniff and the bytes. */
    public record Download(int status, String contentType, String disposition, String contentTypeOptions, byte[] bytes) {
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    private static Response send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and the body, readable as JSON. */
    public record Response(int status, String contentType, String contentLanguage, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** A query parameter value, URL-encoded. */
    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
