package io.shopfloor.web.rest.production;

/** Body of PUT /batches/{id}/stages/{stageId}/worker: the user to assign, or null for nobody. */
public record AssignInput(String workerId) {
}
