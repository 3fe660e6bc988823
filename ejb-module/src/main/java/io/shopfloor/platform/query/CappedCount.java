package io.shopfloor.platform.query;

import java.util.function.LongSupplier;

import jakarta.persistence.TypedQuery;

/**
 * Counting a list that may run to hundreds of thousands of rows: first ask whether a row exists at
 * the cap (one index step past the page, cheap), and count exactly only below it. A list then says
 * "1,000 or more" instead of making every page wait for a count of the whole table.
 */
public final class CappedCount {

    private CappedCount() {
    }

    /**
     * @param ids   the list's query of any one column, with its filter bound (ordering not needed)
     * @param exact the exact count, asked for only when fewer rows than {@code cap} match
     */
    public static long upTo(TypedQuery<?> ids, int cap, LongSupplier exact) {
        boolean more = !ids.setFirstResult(cap).setMaxResults(1).getResultList().isEmpty();
        return more ? cap : exact.getAsLong();
    }

    /** A page whose total was counted up to the request's {@link PageRequest#countCap()}. */
    public static <T> Page<T> page(java.util.List<T> items, long total, PageRequest page) {
        return new Page<>(items, total, total < page.countCap(), page.offset(), page.limit());
    }
}
