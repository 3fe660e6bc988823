package io.shopfloor.people.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.entity.AssignmentOverride;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.tenancy.control.OrganizationClock;

/**
 * Whether a worker may be given a batch's work at a stage on a day: a valid skill for the stage
 * that day, and the day's assigned hours within the worker's available hours. The rule is the
 * database's ({@code assignment_refusal}, which its assignment trigger holds for every path); this
 * asks it first to tell people why, with the figures, and writes the override when someone with
 * people:override gives a reason.
 */
@Dependent
public class AssignmentRules {

    public static final String OVERRIDE = "people:override";
    static final int MAX_REASON = 1000;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrganizationClock clock;

    /** The day work counts on when nobody chose one: the worker's first day from today with hours. */
    public LocalDate defaultDay(UUID workerId) {
        // As text: a native query's date comes back as java.sql.Date.
        return LocalDate.parse((String) em.createNativeQuery("SELECT shopfloor.next_working_day(?1, ?2, ?3)::text")
                .setParameter(1, caller.tenantId()).setParameter(2, workerId).setParameter(3, clock.today())
                .getSingleResult());
    }

    /** A day in the past counts as today (open work left over is today's). */
    public LocalDate countedDay(LocalDate day) {
        LocalDate today = clock.today();
        return day == null || day.isBefore(today) ? today : day;
    }

    /**
     * Passes when the worker may have the work on the day; with {@code overrideReason} from someone
     * holding people:override, records the override of each rule that stands in the way. The
     * assignment row must exist (it is flushed here). Throws {@link AssignmentRefusedException}
     * saying why otherwise.
     */
    public void check(UUID assignmentId, UUID batchId, UUID stageId, UUID workerId, String workerName, String stageName,
                      LocalDate day, String overrideReason) {
        boolean overriding = overrideReason != null && !overrideReason.isBlank();
        if (overriding && overrideReason.length() > MAX_REASON) {
            throw InvalidInputException.of("overrideReason", "input.tooLong", 0, MAX_REASON);
        }
        em.flush();
        em.createNativeQuery("SELECT shopfloor.lock_worker_day(?1, ?2, ?3)::text")
                .setParameter(1, caller.tenantId()).setParameter(2, workerId).setParameter(3, day).getSingleResult();
        for (int rulesLifted = 0; ; rulesLifted++) {
            Refusal refusal = refusal(assignmentId, batchId, stageId, workerId, day);
            if (refusal == null) {
                return;
            }
            if (!overriding || rulesLifted == AssignmentOverride.Rule.values().length) {
                throw refusal.explained(workerName, stageName, day, caller.can(OVERRIDE));
            }
            if (!caller.can(OVERRIDE)) {
                throw new PermissionDeniedException(OVERRIDE, "people.overrideNotAllowed");
            }
            em.persist(new AssignmentOverride(caller.tenantId(), assignmentId, workerId, day, refusal.rule(), overrideReason,
                    caller.userId()));
            em.flush();
        }
    }

    private Refusal refusal(UUID assignmentId, UUID batchId, UUID stageId, UUID workerId, LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT r.rule, r.assigned, r.needed, r.available FROM shopfloor.assignment_refusal(?1, ?2, ?3, ?4, ?5, ?6) r"
                        + " WHERE r.rule IS NOT NULL")
                .setParameter(1, caller.tenantId()).setParameter(2, assignmentId).setParameter(3, batchId).setParameter(4, stageId)
                .setParameter(5, workerId).setParameter(6, day)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new Refusal(AssignmentOverride.Rule.valueOf(((String) r[0]).toUpperCase(Locale.ROOT)),
                (BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3]);
    }

    /** Why the database would refuse, with the day's figures for a full day. */
    record Refusal(AssignmentOverride.Rule rule, BigDecimal assigned, BigDecimal needed, BigDecimal available) {

        AssignmentRefusedException explained(String worker, String stage, LocalDate day, boolean mayOverride) {
            String hint = mayOverride ? "people.mayOverride" : "people.askOverride";
            return rule == AssignmentOverride.Rule.SKILL
                    ? new AssignmentRefusedException("people.noValidSkill", worker, stage, day, Message.of(hint))
                    : new AssignmentRefusedException("people.dayFull", worker, day, WorkHours.plain(assigned), WorkHours.plain(needed),
                            WorkHours.plain(available), Message.of(hint));
        }
    }
}
