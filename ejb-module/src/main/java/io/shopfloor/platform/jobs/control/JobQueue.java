package io.shopfloor.platform.jobs.control;

import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;

import io.shopfloor.platform.tenancy.control.CallerIdentity;

/**
 * Queues an organization's background work: a row in {@code jobs}, written in the caller's own
 * transaction (so it is queued exactly when the request's other changes commit) and run later by
 * whichever node claims it first.
 */
public final class JobQueue {

    /** The statement budget of background work: more than a request's 2 s, still bounded. */
    public static final String STATEMENT_TIMEOUT = System.getProperty("shopfloor.jobStatementTimeout", "60s");

    private JobQueue() {
    }

    /** Queues {@code kind} with {@code payload} for the caller's organization, to run as the caller. */
    public static UUID queue(EntityManager em, CallerIdentity caller, String kind, JsonObject payload) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO shopfloor.jobs (tenant_id, id, kind, payload, requested_by) VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5)")
                .setParameter(1, caller.tenantId())
                .setParameter(2, id)
                .setParameter(3, kind)
                .setParameter(4, payload == null ? "{}" : payload.toString())
                .setParameter(5, caller.userId())
                .executeUpdate();
        return id;
    }
}
