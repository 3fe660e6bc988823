package io.shopfloor.web.rest.products;

import java.math.BigDecimal;
import java.util.Map;

/** Body of POST and PUT /products; {@code version} is required on PUT (the one you read). */
public record ProductInput(String name, String skuPrefix, String complexity, BigDecimal baseHours, BigDecimal basePrice,
                           Map<String, Object> customFields, Long version) {
}
