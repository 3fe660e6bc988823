package io.shopfloor.platform.jobs.control;

import java.io.Serializable;
import java.util.UUID;

/** A job this node holds under a lease: whose it is, what to do, and which attempt this is. */
public record ClaimedJob(UUID tenantId, UUID id, String kind, String payload, UUID requestedBy, int attempt) implements Serializable {
}
