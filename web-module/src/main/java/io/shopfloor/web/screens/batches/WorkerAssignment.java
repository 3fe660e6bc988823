package io.shopfloor.web.screens.batches;

import java.io.Serializable;
import java.util.UUID;

import org.primefaces.PrimeFaces;

import io.shopfloor.people.control.AssignmentRefusedException;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.WorkerChoice;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.Texts;

/**
 * Giving a stage's work to a worker from a screen (a batch's page, the board): the worker menu's
 * labels, and the "assign anyway" question. When the service refuses the worker for the skill or
 * the day's hours and the person holds people:override, the dialog
 * ({@code WEB-INF/includes/assign-anyway.xhtml}) asks why; without it the refusal is thrown on.
 */
public class WorkerAssignment implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String OVERRIDE = "people:override";

    /** An assignment refused for a missing skill or a full day, with why, waiting for a reason to override. */
    public record Pending(UUID batchId, UUID stageId, String stageName, UUID workerId, String refusal) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private Pending pending;
    private String reason;

    /**
     * Assigns the worker (or nobody) to the batch's work at the stage. A refusal opens the dialog
     * for someone with people:override (and gives null); otherwise it is thrown.
     */
    public BatchView assign(Batches batches, Me me, UUID batchId, UUID stageId, String stageName, UUID workerId) {
        try {
            return batches.assign(batchId, stageId, workerId);
        } catch (AssignmentRefusedException refused) {
            if (!me.can(OVERRIDE)) {
                throw refused;
            }
            pending = new Pending(batchId, stageId, stageName, workerId, Texts.of(refused.message()));
            reason = null;
            PrimeFaces.current().ajax().update("assignAnyway");
            PrimeFaces.current().executeScript("PF('assignAnywayDialog').show()");
            return null;
        }
    }

    /** Assigns the worker the dialog asked about, past the refusal, with the reason written; closes the dialog. */
    public BatchView assignAnyway(Batches batches) {
        BatchView assigned = batches.assign(pending.batchId(), pending.stageId(), pending.workerId(), null, reason);
        pending = null;
        PrimeFaces.current().executeScript("PF('assignAnywayDialog').hide()");
        return assigned;
    }

    /** A worker in a stage's menu: name, skill level for the stage, and today's assigned of available hours. */
    public static String label(WorkerChoice worker) {
        if (worker.assignedToday() == null) {
            return worker.name();
        }
        String skill = worker.level() == null ? Texts.get("batch.noSkill")
                : worker.skilled() ? Texts.of(worker.level().label()) : Texts.get("batch.skillNotValid", worker.level());
        return Texts.get("batch.workerChoice", worker.name(), skill, worker.assignedToday(), worker.availableToday());
    }

    public Pending getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
