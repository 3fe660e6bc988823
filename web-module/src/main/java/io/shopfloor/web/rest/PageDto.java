package io.shopfloor.web.rest;

import java.util.List;
import java.util.function.Function;

import io.shopfloor.platform.query.Page;

/** A page of a list as JSON; {@code totalExact} false means {@code total} is a lower bound. */
public record PageDto<T>(List<T> items, long total, boolean totalExact, int offset, int limit) {

    public static <V, T> PageDto<T> of(Page<V> page, Function<V, T> toDto) {
        return new PageDto<>(page.items().stream().map(toDto).toList(), page.total(), page.totalExact(), page.offset(), page.limit());
    }
}
