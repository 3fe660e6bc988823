package io.shopfloor.platform.jobs.boundary;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import io.shopfloor.platform.jobs.control.ClaimedJob;

/**
 * Runs background work on every node, every 15 seconds: the installation's upkeep when it is due
 * and this node wins the claim, then the organizations' jobs this node can run. Claims are rows in
 * PostgreSQL (FOR UPDATE SKIP LOCKED, with a lease), so two nodes never run the same job and a
 * node that dies mid-job hands it on when its lease passes; the timer is a plain, non-persistent
 * EJB timer, the same on every Jakarta EE server.
 */
@Singleton
@PermitAll
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    static final String AUDIT_PARTITIONS = "audit.partitions";
    private static final int JOBS_PER_TICK = 10;
    /** This node among others: process and host, plus a random part for two runners in one process. */
    private final String worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @EJB
    JobSteps steps;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "Shopfloor background work")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        try {
            upkeep();
            organizationsJobs();
        } catch (RuntimeException e) {
            // The database may be away; the next tick tries again.
            LOG.log(Level.WARNING, "Background work could not run this time", e);
        }
    }

    private void upkeep() {
        if (!steps.claimInstallationJob(AUDIT_PARTITIONS, worker)) {
            return;
        }
        String error = null;
        try {
            LOG.info(() -> "Audit log upkeep: " + steps.maintainAuditPartitions());
        } catch (RuntimeException e) {
            error = JobSteps.describe(e);
            LOG.log(Level.WARNING, "Audit log upkeep failed", e);
        }
        steps.finishInstallationJob(AUDIT_PARTITIONS, worker, error);
    }

    private void organizationsJobs() {
        List<String> kinds = steps.kinds();
        for (ClaimedJob job : steps.claim(worker, kinds, JOBS_PER_TICK)) {
            try {
                steps.run(job, worker);
            } catch (RuntimeException e) {
                steps.fail(job, worker, JobSteps.describe(e));
            }
        }
    }

    String worker() {
        return worker;
    }
}
