package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product with its options in their order (active and inactive) and its stage estimates in display order. */
public record ProductView(UUID id, String name, String skuPrefix, ProductComplexity complexity, BigDecimal baseHours,
                          BigDecimal basePrice, boolean active, Map<String, Object> customFields, List<ProductOptionView> options,
                          List<ProductStageEstimateView> stageEstimates,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public List<ProductOptionView> activeOptions() {
        return options.stream().filter(ProductOptionView::active).toList();
    }

    /** The hours of all its stage estimates together. */
    public BigDecimal estimatedHours() {
        return stageEstimates.stream().map(ProductStageEstimateView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
