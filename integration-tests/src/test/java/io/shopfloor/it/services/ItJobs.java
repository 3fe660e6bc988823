package io.shopfloor.it.services;

import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.jobs.control.ClaimedJob;
import io.shopfloor.platform.jobs.control.JobHandler;
import io.shopfloor.platform.jobs.control.JobQueue;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.TenantSession;

/** Test kinds of job, only in the in-container tests' deployment: one reports whom it ran as, one always fails. */
@Stateless
@RequiresPermission(RequiresPermission.SIGNED_IN)
public class ItJobs {

    static final String WHO_AM_I = "it.who_am_i";
    static final String ALWAYS_FAILS = "it.always_fails";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public UUID queue(String kind) {
        return JobQueue.queue(em, TenantSession.current(transactions).orElseThrow(), kind, Json.createObjectBuilder().add("from", "test").build());
    }

    /** status|attempts|result|last_error of one of the caller's organization's jobs. */
    public String state(UUID id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT status, attempts, result::text, last_error FROM shopfloor.jobs WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3];
    }

    @ApplicationScoped
    public static class WhoAmI implements JobHandler {

        @PersistenceContext(unitName = "shopfloor")
        EntityManager em;

        @Override
        public String kind() {
            return WHO_AM_I;
        }

        @Override
        public JsonObject run(ClaimedJob job) {
            Object[] who = (Object[]) em.createNativeQuery("SELECT shopfloor.current_tenant_id()::text, shopfloor.current_app_user_id()::text,"
                    + " (SELECT count(*) FROM shopfloor.jobs WHERE tenant_id <> shopfloor.current_tenant_id())").getSingleResult();
            return Json.createObjectBuilder().add("tenant", (String) who[0]).add("user", (String) who[1])
                    .add("othersSeen", ((Number) who[2]).longValue()).add("payload", job.payload()).build();
        }
    }

    @ApplicationScoped
    public static class AlwaysFails implements JobHandler {

        @Override
        public String kind() {
            return ALWAYS_FAILS;
        }

        @Override
        public JsonObject run(ClaimedJob job) {
            throw new IllegalStateException("this kind of job always fails");
        }
    }
}
