package io.shopfloor.web.screens.batches;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.AssignmentView;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.BatchView.BatchOrderView;
import io.shopfloor.production.entity.WorkerChoice;
import io.shopfloor.quality.boundary.GateOverrides;
import io.shopfloor.quality.boundary.QualityChecks;
import io.shopfloor.quality.entity.CheckNeed;
import io.shopfloor.quality.entity.GateOverrideView;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.RecordPage;

/**
 * A batch: its orders (remove, add pending ones), its work per stage (assign, advance), its
 * details, and its quality status as its open issues set it. Changes to the batch are based on the version this page shows, so a
 * change someone else made meanwhile is reported instead of overwritten (an assignment is not: the
 * service takes no version for it).
 */
@Named
@ViewScoped
public class EditBatch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MANAGE = "production:write";
    private static final Map<String, String> INPUTS = Map.of(
            "priority", "batch:priority", "targetCompletion", "batch:target", "notes", "batch:notes",
            "orderIds", "addOrders:pendingOrders", "reason", "batch:overrideReason");

    @EJB
    Batches batches;

    @EJB
    Orders orders;

    @EJB
    QualityChecks checks;

    @EJB
    GateOverrides overrides;

    @Inject
    Me me;

    private String id;
    private BatchView batch;

    private BatchPriority priority;
    private LocalDate target;
    private String notes;
    /** The worker chosen per stage (stage id to user id), as the assign menus show it. */
    private final Map<String, String> workerByStage = new HashMap<>();
    /** Who can be assigned per stage, read once per page. */
    private final Map<UUID, List<WorkerChoice>> workersByStage = new HashMap<>();
    private PendingOrders pending;
    /** What the gate needs of the batch at its stage, and the overrides written, read with the batch. */
    private List<CheckNeed> needs = List.of();
    private List<GateOverrideView> gateOverrides = List.of();
    private String overrideReason;
    /** The worker menus' labels and the "assign anyway" question. */
    private final WorkerAssignment assigning = new WorkerAssignment();

    /** Runs on page load: the batch of the id, or "not found". */
    public void load() throws IOException {
        RecordPage.load("notFound.batch", () -> show(batches.find(RecordPage.id(id))));
    }

    public void save() {
        try {
            show(batches.update(batch.id(), batch.version(), new BatchDraft(priority, target, notes)));
            Texts.info("batch.saved", batch.batchNumber());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void advance() {
        try {
            show(batches.advance(batch.id(), batch.version()));
            if (batch.isCompleted()) {
                Texts.info("batch.completed", batch.batchNumber());
            } else {
                Texts.info("batch.movedOn", batch.batchNumber(), batch.stageName());
            }
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    /**
     * Assigns the worker chosen in the stage's menu (or nobody). When the worker lacks a valid
     * skill or the day is full and the caller holds people:override, the refusal opens a dialog
     * that asks for the reason to assign anyway.
     */
    public void assign(AssignmentView work) {
        try {
            BatchView assigned = assigning.assign(batches, me, batch.id(), work.stageId(), work.stageName(),
                    RecordPage.idOrNull(workerByStage.get(work.stageId().toString())));
            if (assigned == null) {
                putWorkers(batch); // asked in the dialog: the menu shows the assignment as it is
            } else {
                assigned(work.stageId(), assigned);
            }
        } catch (RuntimeException e) {
            putWorkers(batch); // the menus show the assignments as they are
            ServiceErrors.show(e, INPUTS);
        }
    }

    /** Assigns the worker the dialog asked about, past the refusal, with the reason written (people:override). */
    public void assignAnyway() {
        if (assigning.getPending() == null) {
            return;
        }
        try {
            UUID stageId = assigning.getPending().stageId();
            assigned(stageId, assigning.assignAnyway(batches));
            PrimeFaces.current().ajax().update("batch", "messages");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("overrideReason", "assignAnyway:assignReason"));
        }
    }

    private void assigned(UUID stageId, BatchView shown) {
        show(shown);
        AssignmentView work = batch.assignments().stream().filter(a -> a.stageId().equals(stageId)).findFirst().orElseThrow();
        if (work.workerName() == null) {
            Texts.info("batch.nobodyAssigned", work.stageName());
        } else {
            Texts.info("batch.assigned", work.workerName(), work.stageName());
        }
    }

    public void removeOrder(BatchOrderView order) {
        try {
            show(batches.removeOrder(batch.id(), batch.version(), order.orderId()));
            Texts.info("batch.orderRemoved", order.orderNumber(), batch.batchNumber());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    /** Opens the "Add orders" dialog with nothing ticked. */
    public void openAddOrders() {
        pending = new PendingOrders((filter, page) -> orders.list(filter, page));
    }

    public void addOrders() {
        try {
            int before = batch.orders().size();
            show(batches.addOrders(batch.id(), batch.version(), getPending().selectedIds()));
            int added = batch.orders().size() - before;
            Texts.info("batch.ordersAdded", added, batch.batchNumber());
            PrimeFaces.current().ajax().update("batch", "messages");
            PrimeFaces.current().executeScript("PF('addOrdersDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    /** Lets the batch past the gate of its current stage with the reason written (quality:override), asked first. */
    public void overrideGate() {
        try {
            GateOverrideView granted = overrides.grant(batch.id(), batch.version(), overrideReason);
            overrideReason = null;
            show(batches.find(batch.id()));
            Texts.info("batch.gateOverridden", batch.batchNumber(), granted.stageName());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    /** Whether the gate of the current stage keeps the batch: a needed check not passing, not overridden. */
    public boolean isGateClosed() {
        return needs.stream().anyMatch(n -> !n.passing())
                && gateOverrides.stream().noneMatch(o -> o.stageId().equals(batch.stageId()));
    }

    private void show(BatchView loaded) {
        batch = loaded;
        if (me.can("quality:read")) {
            needs = loaded.isCompleted() ? List.of() : checks.needs(loaded.id());
            gateOverrides = overrides.list(loaded.id());
        }
        priority = loaded.priority();
        target = loaded.targetCompletion();
        notes = loaded.notes();
        putWorkers(loaded);
    }

    private void putWorkers(BatchView shown) {
        workerByStage.clear();
        shown.assignments().forEach(a -> workerByStage.put(a.stageId().toString(), a.workerId() == null ? null : a.workerId().toString()));
    }

    /** Whether the signed-in user may change this batch's orders and work: it manages production and the batch is open. */
    public boolean isWorkable() {
        return batch != null && !batch.isCompleted() && me.can(MANAGE);
    }

    /** A stage's work can be (re)assigned until it is completed. */
    public boolean assignable(AssignmentView work) {
        return isWorkable() && !work.isCompleted();
    }

    /** Who can be assigned to a stage, and whoever is assigned now even if no longer eligible. */
    public List<WorkerChoice> workers(AssignmentView work) {
        List<WorkerChoice> choices = new ArrayList<>(workersByStage.computeIfAbsent(work.stageId(), batches::workers));
        if (work.workerId() != null && choices.stream().noneMatch(w -> w.id().equals(work.workerId()))) {
            choices.add(new WorkerChoice(work.workerId(), work.workerName(), null, false, null, null));
        }
        return choices;
    }

    /** A worker in a stage's menu: name, skill level for the stage, and today's assigned of available hours. */
    public String workerLabel(WorkerChoice worker) {
        return WorkerAssignment.label(worker);
    }

    /** Time spent on a stage's work, like "2 h 05 min", from the workers' intervals; empty before any. */
    public String spent(AssignmentView work) {
        return hoursAndMinutes(work.timeSpent());
    }

    /** A duration as the screens show time on the job, like "2 h 05 min"; empty for none. */
    public static String hoursAndMinutes(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = Math.max(0, duration.toMinutes());
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }


    public WorkerAssignment getAssigning() {
        return assigning;
    }

    public List<CheckNeed> getNeeds() {
        return needs;
    }

    public List<GateOverrideView> getGateOverrides() {
        return gateOverrides;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public PendingOrders getPending() {
        if (pending == null) {
            openAddOrders();
        }
        return pending;
    }

    public BatchPriority[] getPriorities() {
        return BatchPriority.values();
    }

    public Map<String, String> getWorkerByStage() {
        return workerByStage;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BatchView getBatch() {
        return batch;
    }

    public BatchPriority getPriority() {
        return priority;
    }

    public void setPriority(BatchPriority priority) {
        this.priority = priority;
    }

    public LocalDate getTarget() {
        return target;
    }

    public void setTarget(LocalDate target) {
        this.target = target;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
