package io.shopfloor.web.rest;

import java.util.List;

/**
 * An RFC 9457 problem detail; {@code errors} names each offending field of the request, and
 * {@code requestId} the request (as in the server log and the X-Request-Id header), to quote it.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors, String requestId) {

    public record FieldError(String field, String message) {
    }
}
