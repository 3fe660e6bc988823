package io.shopfloor.web.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.core.UriInfo;

import io.shopfloor.platform.customfields.control.CustomFieldQueries;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.types.UnknownCodeException;

/**
 * Parses query and body values, collecting every malformed one so a caller learns about all of
 * them at once as a 422 with field detail.
 */
public final class QueryParams {

    /** How many rows a page of a list holds unless {@code limit} says otherwise. */
    public static final int DEFAULT_LIMIT = 50;

    private final Map<String, Message> errors = new LinkedHashMap<>();

    /**
     * A malformed id in a path names no record: 404, like an id of another organization.
     * @param whatKey the kind of record, a key of the service bundle ("record.order")
     */
    public static UUID pathId(String id, String whatKey) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(whatKey, id);
        }
    }

    public UUID uuid(String field, String value) {
        return parse(field, value, UUID::fromString, Message.of("input.uuid"));
    }

    public LocalDate date(String field, String value) {
        return parse(field, value, LocalDate::parse, Message.of("input.date"));
    }

    /** A date and time without offset (2026-12-31T08:00), read in the organization's zone by the service. */
    public LocalDateTime dateTime(String field, String value) {
        return parse(field, value, LocalDateTime::parse, Message.of("input.dateTime"));
    }

    public <T> T code(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (UnknownCodeException e) {
            errors.put(field, e.message());
            return null;
        }
    }

    /** A whole number from {@code min} up, or {@code fallback} when absent. */
    public int integer(String field, String value, int fallback, int min) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, Message.of("input.wholeNumberAtLeast", min));
        return fallback;
    }

    /**
     * A list's offset: 0 to {@link PageRequest#MAX_OFFSET}. Deeper pages cost the database a scan
     * of every row before them; past that, narrow the list with its filters.
     */
    public int offset(String value) {
        int offset = integer("offset", value, 0, 0);
        if (offset > PageRequest.MAX_OFFSET) {
            errors.put("offset", Message.of("input.offsetTooDeep", PageRequest.MAX_OFFSET));
            return 0;
        }
        return offset;
    }

    /** The page a list's {@code offset} and {@code limit} ask for (50 rows unless told), in the list's own order. */
    public PageRequest page(String offset, String limit) {
        return page(offset, limit, null, false);
    }

    /** The page a list's {@code offset} and {@code limit} ask for (50 rows unless told), sorted as given. */
    public PageRequest page(String offset, String limit, String sortBy, boolean descending) {
        return new PageRequest(offset(offset), integer("limit", limit, DEFAULT_LIMIT, 1), sortBy, descending);
    }

    public void require(String field, Object value) {
        if (value == null && !errors.containsKey(field)) {
            errors.put(field, Message.of("input.required"));
        }
    }

    /** The {@code cf.<key>=value} parameters: filters by custom field (one value per key). */
    public Map<String, String> customFieldFilters(UriInfo uri) {
        Map<String, String> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith(CustomFieldQueries.PREFIX) && name.length() > CustomFieldQueries.PREFIX.length()) {
                if (values.size() > 1) {
                    errors.put(name, Message.of("input.once"));
                } else {
                    filters.put(name.substring(CustomFieldQueries.PREFIX.length()), values.get(0));
                }
            }
        });
        return filters;
    }

    /** Throws the collected errors, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private <T> T parse(String field, String value, Function<String, T> parser, Message message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }
}
