package io.shopfloor.platform.query;

import java.util.List;

/**
 * One page of a list and the number of rows matching its filter. A list too long to count on every
 * page counts only so far: then {@code totalExact} is false and {@code total} is a lower bound.
 */
public record Page<T>(List<T> items, long total, boolean totalExact, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page with an exact total. */
    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, true, offset, limit);
    }
}
