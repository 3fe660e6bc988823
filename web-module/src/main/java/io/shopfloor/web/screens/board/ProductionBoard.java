package io.shopfloor.web.screens.board;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.event.DragDropEvent;

import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.BatchCard;
import io.shopfloor.production.entity.AssignmentView;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.WorkerChoice;
import io.shopfloor.quality.boundary.Issues;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.RecordPage;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.screens.batches.WorkerAssignment;
import io.shopfloor.web.screens.board.BoardLayout.Drop;

/**
 * The production board: every incomplete batch in its stage's column. A production manager drags
 * a card onto the next stage's column (or from the last stage onto Completed) to move the batch
 * on, or does the same with the keyboard ("Move to": a batch, a column, the same rules); every
 * other move is refused with where it may go. Completing a batch, which completes its orders and
 * cannot be undone, asks for confirmation first. "Assign" gives a batch's work at its current stage
 * to a worker, the menu showing each one's skill for the stage and today's load, as on the batch's
 * page.
 *
 * <p>Each render reads the board once (one {@code board()} call and the stage list) and keeps that
 * layout, so the next drop acts on the batch and version the person saw: a batch someone else moved
 * meanwhile is refused by the service as changed, and the board then shows where it is now.
 */
@Named
@ViewScoped
public class ProductionBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Batches batches;

    @EJB
    ProductionStages stages;

    @EJB
    Issues issues;

    @Inject
    Me me;

    private BoardLayout layout;
    /** Open critical and hold issues per batch, for the cards' flags (empty without quality:read). */
    private Map<UUID, Long> alarms = Map.of();
    private long renderStarted;
    private long readMillis;
    /** The keyboard's "Move to": the batch (its id) and the column chosen. */
    private String moveBatch;
    private String moveTo;
    /** "Assign": a batch on the board (its id), the worker for its current stage (an id; none for nobody) and the choices. */
    private String assignBatch;
    private String assignWorker;
    private List<WorkerChoice> assignChoices = List.of();
    /** The worker menu's labels and the "assign anyway" question. */
    private final WorkerAssignment assigning = new WorkerAssignment();
    /** A batch to complete once the person confirms. */
    private Drop.Advance pendingCompletion;
    /** Batches completed from this page, shown in the Completed column until the page is left. */
    private final List<String> completedHere = new ArrayList<>();

    /** Before every render, full or ajax: reads the board as it is now. */
    public void prepare() {
        renderStarted = System.nanoTime();
        if (!me.can("production:read")) {
            return;
        }
        // The organization's day decides what is overdue, not the server's.
        layout = BoardLayout.of(stages.list(), batches.board(), me.getToday(), Texts.locale());
        alarms = me.can("quality:read") ? new HashMap<>(issues.openAlarmsByBatch()) : Map.of();
        readMillis = (System.nanoTime() - renderStarted) / 1_000_000;
    }

    /** A card was dropped on a column: move the batch on, or say why not. The board is read again for the answer. */
    public void drop(DragDropEvent event) {
        if (layout != null) {
            act(layout.drop(event.getDragId(), event.getDropId()));
        }
    }

    /** The keyboard's way to do what a drag does. */
    public void move() {
        if (layout != null) {
            act(layout.moveTo(moveBatch, moveTo));
        }
    }

    /** Completes the batch the person confirmed. */
    public void confirmCompletion() {
        Drop.Advance completion = pendingCompletion;
        pendingCompletion = null;
        if (completion != null) {
            advance(completion);
        }
    }

    public void cancelCompletion() {
        pendingCompletion = null;
    }

    private void act(Drop drop) {
        if (drop instanceof Drop.Refused refused) {
            error(refused.message());
        } else if (drop instanceof Drop.Advance advance) {
            if (BoardLayout.COMPLETED.equals(advance.to())) {
                pendingCompletion = advance;
                PrimeFaces.current().executeScript("PF('completionDialog').show()");
            } else {
                advance(advance);
            }
        }
    }

    private void advance(Drop.Advance advance) {
        try {
            BatchView moved = batches.advance(advance.batch().id(), advance.batch().version());
            if (moved.isCompleted()) {
                completedHere.add(0, moved.batchNumber());
                Texts.info("board.completedBatch", moved.batchNumber(), moved.orders().size());
            } else {
                Texts.info("board.moved", moved.batchNumber(), moved.stageName());
            }
        } catch (ConcurrentEditException e) {
            ServiceErrors.show(e, Map.of());
            Texts.info("board.reread");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    /** A batch was chosen to assign: its stage's workers (skill level and today's load), its worker chosen. */
    public void chooseAssignBatch() {
        BatchCard card = assignCard();
        assignChoices = card == null ? List.of() : batches.workers(card.stageId());
        assignWorker = card == null || card.workerId() == null ? null : card.workerId().toString();
        if (card != null && card.workerId() != null && assignChoices.stream().noneMatch(w -> w.id().equals(card.workerId()))) {
            List<WorkerChoice> withCurrent = new ArrayList<>(assignChoices);
            withCurrent.add(new WorkerChoice(card.workerId(), card.workerName(), null, false, null, null));
            assignChoices = withCurrent;
        }
    }

    /** Gives the chosen batch's work at its current stage to the chosen worker (or nobody). */
    public void assign() {
        BatchCard card = assignCard();
        if (card == null) {
            error(Texts.get("board.chooseBatchToAssign"));
            return;
        }
        try {
            BatchView assigned = assigning.assign(batches, me, card.id(), card.stageId(), card.stageName(), RecordPage.idOrNull(assignWorker));
            if (assigned != null) {
                assigned(assigned);
            }
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    /** Assigns the worker the dialog asked about, past the refusal, with the reason written (people:override). */
    public void assignAnyway() {
        if (assigning.getPending() == null) {
            return;
        }
        try {
            assigned(assigning.assignAnyway(batches));
            PrimeFaces.current().ajax().update("board");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("overrideReason", "assignAnyway:assignReason"));
        }
    }

    private void assigned(BatchView batch) {
        String name = batch.assignments().stream().filter(a -> a.stageId().equals(batch.stageId())).findFirst()
                .map(AssignmentView::workerName).orElse(null);
        if (name == null) {
            Texts.info("batch.nobodyAssigned", batch.stageName());
        } else {
            Texts.info("batch.assigned", name, batch.stageName());
        }
        assignBatch = null;
        assignWorker = null;
        assignChoices = List.of();
    }

    private BatchCard assignCard() {
        return layout == null || assignBatch == null ? null
                : layout.batches().stream().filter(b -> b.id().toString().equals(assignBatch)).findFirst().orElse(null);
    }

    public List<WorkerChoice> getAssignChoices() {
        return assignChoices;
    }

    public String workerLabel(WorkerChoice worker) {
        return WorkerAssignment.label(worker);
    }

    public String getAssignBatch() {
        return assignBatch;
    }

    public void setAssignBatch(String assignBatch) {
        this.assignBatch = assignBatch;
    }

    public String getAssignWorker() {
        return assignWorker;
    }

    public void setAssignWorker(String assignWorker) {
        this.assignWorker = assignWorker;
    }

    public WorkerAssignment getAssigning() {
        return assigning;
    }

    /** What "Move to" offers: the batches on the board, and every column. */
    public List<BatchCard> getMovableBatches() {
        return layout == null ? List.of() : layout.batches();
    }

    public List<String> getMoveTargets() {
        List<String> targets = new ArrayList<>(getColumns().stream().map(BoardLayout.Column::name).toList());
        targets.add(BoardLayout.COMPLETED);
        return targets;
    }

    /** A "Move to" target as people read it: a stage's name, or Completed in the page's language. */
    public String targetLabel(String target) {
        return BoardLayout.COMPLETED.equals(target) ? Texts.get("board.completed") : target;
    }

    /** The batch waiting for confirmation, as the dialog names it. */
    public String getPendingCompletion() {
        if (pendingCompletion == null) {
            return "";
        }
        return Texts.get("board.completionOf", pendingCompletion.batch().batchNumber(), pendingCompletion.batch().orderCount());
    }

    public String getMoveBatch() {
        return moveBatch;
    }

    public void setMoveBatch(String moveBatch) {
        this.moveBatch = moveBatch;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public List<BoardLayout.Column> getColumns() {
        return layout == null ? List.of() : layout.columns();
    }

    public int getBatchCount() {
        return layout == null ? 0 : layout.batchCount();
    }

    public List<String> getCompletedHere() {
        return completedHere;
    }

    /** Managers move batches; everyone else reads the board. */
    public boolean isMovable() {
        return me.can("production:write");
    }

    /** Milliseconds the stages and the board took to read. */
    public long getReadMillis() {
        return readMillis;
    }

    /** Milliseconds from reading the board to this point of the render: shown at the end of the page. */
    public long getRenderMillis() {
        return (System.nanoTime() - renderStarted) / 1_000_000;
    }


    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The number of open critical or hold issues of the card's batch (0 when none or not shown). */
    public long alarms(BatchCard card) {
        return alarms.getOrDefault(card.id(), 0L);
    }
}
