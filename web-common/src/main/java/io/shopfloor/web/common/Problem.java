package io.shopfloor.web.common;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.shopfloor.platform.messages.Message;

/**
 * An RFC 9457 problem detail, the one shape of every error the REST API answers: from the JAX-RS
 * exception mapper and from the authentication mechanism, which answers before any resource is
 * reached. {@code errors} names each offending field of the request, and {@code requestId} the
 * request (as in the server log and the X-Request-Id header), to quote it. The detail and the
 * field messages speak the request's language ({@link #language}); the title is the status's
 * standard English phrase.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Jsonb JSON = JsonbBuilder.create();

    public record FieldError(String field, String message) {
    }

    /** The problem of this request; {@code errors} may be null. */
    public static Problem of(HttpServletRequest request, int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, request == null ? null : request.getRequestURI(), errors,
                request == null ? null : RequestTracking.idOf(request));
    }

    /**
     * The language of a REST answer: the first of the request's Accept-Language that Shopfloor
     * speaks, else English. (Clients say what they read; the answer's Content-Language repeats it.)
     */
    public static Locale language(HttpServletRequest request) {
        if (request != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                if (Message.LANGUAGES.contains(wanted.getLanguage())) {
                    return Locale.forLanguageTag(wanted.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Answers the request with this problem, where no JAX-RS resource is reached. */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language(request).toLanguageTag());
        try {
            response.getWriter().write(JSON.toJson(of(request, status, title, detail, null)));
        } catch (IOException e) {
            // The client went away; the status is all it could have had.
        }
    }
}
