package io.shopfloor.platform.jobs.boundary;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.platform.jobs.control.ClaimedJob;
import io.shopfloor.platform.jobs.control.JobHandler;
import io.shopfloor.platform.jobs.control.JobQueue;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/**
 * The steps of the {@link JobRunner}, each in a transaction of its own, so a claim is committed
 * before the work starts and one job's failure never undoes another's. Called by the runner only
 * ({@code @PermitAll}: the runner acts for the installation, not for a signed-in user).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobSteps {

    private static final Logger LOG = Logger.getLogger(JobSteps.class.getName());
    /** How long a claim holds: a node that dies holding it gives the job up after this. */
    static final int LEASE_SECONDS = 300;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @Any
    Instance<JobHandler> handlers;

    public boolean claimInstallationJob(String name, String worker) {
        return (Boolean) em.createNativeQuery("SELECT shopfloor.claim_installation_job(?1, ?2, ?3)")
                .setParameter(1, name).setParameter(2, worker).setParameter(3, LEASE_SECONDS)
                .getSingleResult();
    }

    public void finishInstallationJob(String name, String worker, String error) {
        em.createNativeQuery("SELECT shopfloor.finish_installation_job(?1, ?2, CAST(?3 AS text))")
                .setParameter(1, name).setParameter(2, worker).setParameter(3, error)
                .getSingleResult();
    }

    /** The audit log's upkeep: months ahead prepared, months past the retention dropped. */
    public String maintainAuditPartitions() {
        em.createNativeQuery("SELECT set_config('statement_timeout', ?1, true)").setParameter(1, JobQueue.STATEMENT_TIMEOUT).getSingleResult();
        Object[] result = (Object[]) em.createNativeQuery("SELECT created, array_to_string(dropped, ', ') FROM shopfloor.maintain_audit_partitions()")
                .getSingleResult();
        return result[0] + " partitions created, dropped: " + (result[1] == null || result[1].toString().isEmpty() ? "none" : result[1]);
    }

    /** The kinds this node can run: the handlers it has. */
    public List<String> kinds() {
        return handlers.stream().map(JobHandler::kind).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    public List<ClaimedJob> claim(String worker, List<String> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT tenant_id, id, kind, payload::text, requested_by, attempts"
                        + " FROM shopfloor.claim_jobs(?1, CAST(?2 AS text[]), ?3, ?4)")
                .setParameter(1, worker)
                .setParameter(2, "{" + String.join(",", kinds) + "}")
                .setParameter(3, LEASE_SECONDS)
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new ClaimedJob((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (UUID) r[4],
                ((Number) r[5]).intValue())).toList();
    }

    /** Runs one claimed job as its organization and requesting user, and records it done. */
    public void run(ClaimedJob job, String worker) {
        TenantSession.bind(em, transactions, new CallerIdentity(job.tenantId(), job.requestedBy()), JobQueue.STATEMENT_TIMEOUT, null);
        JobHandler handler = handlers.stream().filter(h -> h.kind().equals(job.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No handler for jobs of kind " + job.kind()));
        JsonObject result = handler.run(job);
        em.createNativeQuery("UPDATE shopfloor.jobs SET status = 'done', result = CAST(?1 AS jsonb), finished_at = now(),"
                        + " locked_by = NULL, locked_until = NULL, last_error = NULL WHERE id = ?2 AND locked_by = ?3")
                .setParameter(1, (result == null ? Json.createObjectBuilder().build() : result).toString())
                .setParameter(2, job.id())
                .setParameter(3, worker)
                .executeUpdate();
    }

    /** Records a failed attempt: tried again after a pause that grows with each attempt, or failed for good. */
    public void fail(ClaimedJob job, String worker, String error) {
        TenantSession.bind(em, transactions, new CallerIdentity(job.tenantId(), job.requestedBy()), JobQueue.STATEMENT_TIMEOUT, null);
        int updated = em.createNativeQuery("""
                        UPDATE shopfloor.jobs SET last_error = left(?1, 2000), locked_by = NULL, locked_until = NULL,
                               status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                               finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
                               run_after = now() + attempts * interval '1 minute'
                        WHERE id = ?2 AND locked_by = ?3""")
                .setParameter(1, error == null ? "failed" : error)
                .setParameter(2, job.id())
                .setParameter(3, worker)
                .executeUpdate();
        LOG.warning(() -> "Job " + job.kind() + " " + job.id() + " of organization " + job.tenantId() + ", attempt " + job.attempt()
                + ", failed: " + error + (updated == 0 ? " (its lease had passed)" : ""));
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
