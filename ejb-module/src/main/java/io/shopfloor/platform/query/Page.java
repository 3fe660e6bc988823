package io.shopfloor.platform.query;

import java.util.List;

/** One page of a list and the number of rows matching its filter. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
