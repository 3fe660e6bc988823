package io.shopfloor.web.rest.production;

/**
 * Body of PUT /batches/{id}/stages/{stageId}/worker: the user to assign, or null for nobody; the
 * day it is planned for (ISO date; the worker's next working day when absent); and, from someone
 * with people:override, the reason to assign past a missing skill or a full day.
 */
public record AssignInput(String workerId, String plannedOn, String overrideReason) {
}
