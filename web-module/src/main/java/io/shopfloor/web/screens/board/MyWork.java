package io.shopfloor.web.screens.board;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.AssignmentView;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.quality.boundary.QualityChecks;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.screens.batches.EditBatch;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.ServiceErrors;

/**
 * "My work": the caller's open stage work, the batches at those stages now first. Work starts,
 * pauses (with a reason), resumes and completes only while its batch is at that stage; the server
 * keeps the time from those events. Completing it moves the batch on. Each action names the
 * version the row showed, and the list is read again after every action.
 */
@Named
@ViewScoped
public class MyWork implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Batches batches;

    @EJB
    QualityChecks checks;

    @Inject
    Me me;

    private List<AssignmentView> work;
    /** Whether each current batch's stage has checklists to file (batch id to yes or no), read once per list. */
    private final Map<UUID, Boolean> checklistsAt = new HashMap<>();
    /** The pause reason chosen on each row (work id to reason code). */
    private final Map<String, String> pauseReasonById = new HashMap<>();

    public List<AssignmentView> getWork() {
        if (work == null) {
            work = isAllowed() ? batches.myWork() : List.of();
        }
        return work;
    }

    /** Whether the work's batch has checks to file at its stage: then "Checks" leads to them. */
    public boolean hasChecks(AssignmentView assignment) {
        if (!assignment.current() || !me.can("quality:work")) {
            return false;
        }
        return checklistsAt.computeIfAbsent(assignment.batchId(), batch -> !checks.needs(batch).isEmpty());
    }

    /** Only people who do production work have any; the service refuses everyone else too. */
    public boolean isAllowed() {
        return me.can("production:work");
    }

    public void start(AssignmentView assignment) {
        try {
            AssignmentView started = batches.start(assignment.id(), assignment.version());
            Texts.info("myWork.started", started.batchNumber(), started.stageName());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
        work = null;
        checklistsAt.clear();
    }

    /** Pauses the caller's time on the work, for the reason chosen on its row (a break when none). */
    public void pause(AssignmentView assignment) {
        String code = pauseReasonById.get(assignment.id().toString());
        IntervalEnd reason = code == null || code.isEmpty() ? IntervalEnd.BREAK : IntervalEnd.ofCode(code);
        try {
            AssignmentView paused = batches.pause(assignment.id(), assignment.version(), reason);
            Texts.info("myWork.paused", paused.batchNumber(), paused.stageName(), reason);
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
        work = null;
        checklistsAt.clear();
    }

    /** What the work's row says: waiting, here, running (the caller's time), paused (why) or in progress (others on it). */
    public String state(AssignmentView assignment) {
        if (!assignment.current()) {
            return Texts.get("myWork.waiting");
        }
        if (!assignment.isStarted()) {
            return Texts.get("myWork.here");
        }
        if (assignment.runningFor(me.getUser().userId())) {
            return Texts.get("myWork.running");
        }
        IntervalEnd paused = assignment.pausedFor();
        return paused != null && paused.isPause() ? Texts.get("myWork.pausedFor", paused) : Texts.get("myWork.inProgress");
    }

    /** The time spent on the work so far, everyone's, like "1 h 05 min". */
    public String spent(AssignmentView assignment) {
        return EditBatch.hoursAndMinutes(assignment.timeSpent());
    }

    /** Whether the caller's time runs on the work now (then it can pause). */
    public boolean running(AssignmentView assignment) {
        return assignment.runningFor(me.getUser().userId());
    }

    /** The reasons a worker may give for a pause. */
    public List<IntervalEnd> getPauseReasons() {
        return Arrays.stream(IntervalEnd.values()).filter(IntervalEnd::isPause).toList();
    }

    public Map<String, String> getPauseReasonById() {
        return pauseReasonById;
    }

    public void complete(AssignmentView assignment) {
        try {
            BatchView batch = batches.complete(assignment.id(), assignment.version());
            if (batch.isCompleted()) {
                Texts.info("myWork.completed.batch", batch.batchNumber(), assignment.stageName());
            } else {
                Texts.info("myWork.completed.moved", batch.batchNumber(), assignment.stageName(), batch.stageName());
            }
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
        work = null;
        checklistsAt.clear();
    }

}
