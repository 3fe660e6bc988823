package io.shopfloor.web.rest.products;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.orders.entity.ProductOptionView;
import io.shopfloor.orders.entity.ProductStageEstimateView;
import io.shopfloor.orders.entity.ProductView;

/** A product as JSON, complexity as its code ({@code very_high}), options in their order, stage estimates in display order. */
public record ProductDto(UUID id, String name, String skuPrefix, String complexity, BigDecimal baseHours, BigDecimal basePrice,
                         boolean active, Map<String, Object> customFields, List<OptionDto> options,
                         List<StageEstimateDto> stageEstimates, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public record OptionDto(UUID id, String name, boolean active, int position) {

        static OptionDto of(ProductOptionView o) {
            return new OptionDto(o.id(), o.name(), o.active(), o.position());
        }
    }

    /** Hours one production stage takes for the product; {@code stageActive} false once the stage is deactivated. */
    public record StageEstimateDto(UUID stageId, String stageName, boolean stageActive, BigDecimal hours, int position,
                                   boolean required) {

        static StageEstimateDto of(ProductStageEstimateView e) {
            return new StageEstimateDto(e.stageId(), e.stageName(), e.stageActive(), e.hours(), e.position(), e.required());
        }
    }

    static ProductDto of(ProductView p) {
        return new ProductDto(p.id(), p.name(), p.skuPrefix(), p.complexity().code(), p.baseHours(), p.basePrice(), p.active(),
                p.customFields(), p.options().stream().map(OptionDto::of).toList(),
                p.stageEstimates().stream().map(StageEstimateDto::of).toList(), p.createdAt(), p.updatedAt(), p.version());
    }
}
