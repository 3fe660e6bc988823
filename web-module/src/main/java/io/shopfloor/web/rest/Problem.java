package io.shopfloor.web.rest;

import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each offending field of the request. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
