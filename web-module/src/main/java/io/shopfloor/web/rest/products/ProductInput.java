package io.shopfloor.web.rest.products;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Body of POST and PUT /products; {@code version} is required on PUT (the one you read).
 * {@code stageEstimates} replaces the product's estimates; left out, a PUT keeps them.
 */
public record ProductInput(String name, String skuPrefix, String complexity, BigDecimal baseHours, BigDecimal basePrice,
                           Map<String, Object> customFields, List<StageEstimateInput> stageEstimates, Long version) {

    /**
     * One estimate: the stage's id, hours, display position (optional) and required (true unless
     * given). Other fields of an estimate read before (stageName, stageActive) are ignored.
     */
    public record StageEstimateInput(String stageId, BigDecimal hours, Integer position, Boolean required) {
    }
}
