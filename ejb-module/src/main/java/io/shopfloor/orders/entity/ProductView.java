package io.shopfloor.orders.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product with its options in their order (active and inactive). */
public record ProductView(UUID id, String name, String skuPrefix, ProductComplexity complexity, BigDecimal baseHours,
                          BigDecimal basePrice, boolean active, Map<String, Object> customFields, List<ProductOptionView> options,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public List<ProductOptionView> activeOptions() {
        return options.stream().filter(ProductOptionView::active).toList();
    }
}
