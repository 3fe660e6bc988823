package io.shopfloor.web.rest.products;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.orders.entity.ProductOptionView;
import io.shopfloor.orders.entity.ProductView;

/** A product as JSON, complexity as its code ({@code very_high}), options in their order. */
public record ProductDto(UUID id, String name, String skuPrefix, String complexity, BigDecimal baseHours, BigDecimal basePrice,
                         boolean active, Map<String, Object> customFields, List<OptionDto> options, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt, long version) {

    public record OptionDto(UUID id, String name, boolean active, int position) {

        static OptionDto of(ProductOptionView o) {
            return new OptionDto(o.id(), o.name(), o.active(), o.position());
        }
    }

    static ProductDto of(ProductView p) {
        return new ProductDto(p.id(), p.name(), p.skuPrefix(), p.complexity().code(), p.baseHours(), p.basePrice(), p.active(),
                p.customFields(), p.options().stream().map(OptionDto::of).toList(), p.createdAt(), p.updatedAt(), p.version());
    }
}
