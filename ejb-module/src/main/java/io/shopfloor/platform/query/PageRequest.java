package io.shopfloor.platform.query;

/**
 * Which slice of a list to return. Limits are clamped to 1..200 so no caller can ask for a whole
 * table; {@code sortBy} is matched against each list's own allow-list.
 */
public record PageRequest(int offset, int limit, String sortBy, boolean descending) {

    public static final int MAX_LIMIT = 200;
    /** The deepest offset the REST API accepts: paging further means filtering. */
    public static final int MAX_OFFSET = 100_000;
    /** How many rows past a page's end a capped count goes before it stops counting. */
    public static final int COUNT_AHEAD = 1000;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = Math.min(MAX_LIMIT, Math.max(1, limit));
    }

    /** Where a capped count for this page stops: {@value #COUNT_AHEAD} rows past the page's end. */
    public int countCap() {
        return offset + limit + COUNT_AHEAD;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, false);
    }
}
