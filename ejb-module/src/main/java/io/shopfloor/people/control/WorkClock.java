package io.shopfloor.people.control;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.people.entity.WorkInterval;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.security.control.Caller;

/**
 * Time on the job from server-side events. Start and resume open an interval of the worker's on
 * the work (ending the one running on other work: switched); pause ends it with the worker's
 * reason; completing the work ends everyone's on it (the
 * database's trigger on the work does, whoever completes it). The times are the database's clock, the same
 * for every application node, never a client's; the database refuses overlaps, so two quick
 * starts by one worker cannot both run.
 */
@Dependent
public class WorkClock {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    /** The worker's interval running now, on any work. */
    public Optional<WorkInterval> running(UUID workerId) {
        return em.createQuery("SELECT i FROM WorkInterval i WHERE i.userId = :worker AND i.endedAt IS NULL", WorkInterval.class)
                .setParameter("worker", workerId).getResultStream().findFirst();
    }

    /** Starts (or resumes) the worker's time on the work. */
    public void start(UUID assignmentId, UUID workerId) {
        OffsetDateTime now = now();
        Optional<WorkInterval> current = running(workerId);
        if (current.isPresent() && assignmentId.equals(current.get().getAssignmentId())) {
            throw new BusinessRuleException("people.alreadyRunning");
        }
        current.ifPresent(other -> other.end(now, IntervalEnd.SWITCHED));
        em.flush();
        em.persist(WorkInterval.running(caller.tenantId(), workerId, assignmentId, caller.userId(), now));
        em.flush();
    }

    /** Pauses the worker's time on the work, with the reason they chose. */
    public void pause(UUID assignmentId, UUID workerId, IntervalEnd reason) {
        if (reason == null || !reason.isPause()) {
            throw InvalidInputException.of("reason", "input.choosePauseReason");
        }
        WorkInterval current = running(workerId).filter(i -> assignmentId.equals(i.getAssignmentId()))
                .orElseThrow(() -> new BusinessRuleException("people.notRunning"));
        current.end(now(), reason);
        em.flush();
    }

    /** The database's clock (the guard compares with it): one clock for every application node. */
    private OffsetDateTime now() {
        Object now = em.createNativeQuery("SELECT clock_timestamp()").getSingleResult();
        return now instanceof OffsetDateTime time ? time : ((Timestamp) now).toInstant().atOffset(ZoneOffset.UTC);
    }
}
