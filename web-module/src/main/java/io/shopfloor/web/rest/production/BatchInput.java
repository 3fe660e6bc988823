package io.shopfloor.web.rest.production;

import java.util.List;

/**
 * Body of POST /batches (orderIds required), PUT /batches/{id} (version required) and
 * POST /batches/{id}/orders (orderIds and version). Priority: standard, rush or expedite.
 */
public record BatchInput(String priority, String targetCompletion, String notes, List<String> orderIds, Long version) {
}
