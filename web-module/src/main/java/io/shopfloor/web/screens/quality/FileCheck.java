package io.shopfloor.web.screens.quality;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.quality.boundary.QualityChecks;
import io.shopfloor.quality.entity.CheckNeed;
import io.shopfloor.quality.entity.CheckView;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.RecordPage;

/**
 * Filing a batch's checks at its current stage ({@code check.xhtml?batch=…}): the checks the gate
 * needs and how the newest of each went; filing one opens it, each result is saved as it is
 * entered (so nothing typed is lost and photos can attach to it), and completing it, asked first,
 * gives the status the database computed. A failed check names the issue it opened.
 * {@code check.xhtml?id=…} shows one check.
 */
@Named
@ViewScoped
public class FileCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualityChecks checks;

    @EJB
    Batches batches;

    @Inject
    Me me;

    private String batchId;
    private String checkId;
    private BatchView batch;
    private List<CheckNeed> needs = List.of();
    private CheckView check;
    private List<CheckRow> rows = List.of();
    private String notes;

    /** Runs on page load: the batch's needs, or the check of the id; otherwise "not found". */
    public void load() throws IOException {
        RecordPage.load("notFound.check", () -> {
            if (checkId != null && !checkId.isBlank()) {
                show(checks.find(RecordPage.id(checkId)));
                batch = batches.find(check.batchId());
            } else {
                batch = batches.find(RecordPage.id(batchId));
            }
            needs = checks.needs(batch.id());
        });
    }

    /** Opens the check the need asks for (or takes up the caller's open one). */
    public void open(CheckNeed need) {
        try {
            show(checks.open(batch.id(), need.templateId(), need.orderId()));
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    /** Saves one row's result as soon as it is entered. */
    public void record(CheckRow row) {
        if (!row.isAnswered()) {
            return;
        }
        try {
            show(checks.record(check.id(), row.input()));
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    /** A photo for the row whose upload it came from; its result must be saved first. */
    public void upload(FileUploadEvent event) {
        UUID itemId = (UUID) event.getComponent().getAttributes().get("itemId");
        try {
            checks.attachPhoto(check.id(), itemId, event.getFile().getFileName(), event.getFile().getContent());
            show(checks.find(check.id()));
            Texts.info("check.photoAdded", event.getFile().getFileName());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    /** Completes the check with every row as the form shows it. */
    public void complete() {
        try {
            show(checks.complete(check.id(), check.version(), rows.stream().filter(CheckRow::isAnswered).map(CheckRow::input).toList(), notes));
            needs = checks.needs(batch.id());
            if (check.issueNumber() != null) {
                Texts.info("check.failed", check.checklistName(), Texts.of(check.status().label()), check.issueNumber());
            } else {
                Texts.info("check.passed.message", check.checklistName(), Texts.of(check.status().label()));
            }
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    /** Back from a check to the batch's list of checks. */
    public void close() {
        check = null;
        rows = List.of();
        needs = checks.needs(batch.id());
    }

    private void show(CheckView shown) {
        check = shown;
        notes = shown.notes() == null ? notes : shown.notes();
        rows = shown.items().stream().map(CheckRow::new).toList();
    }

    /** Where each item's message goes: its verdict or reading input in the rows. */
    private Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CheckRow row = rows.get(i);
            inputs.put("results." + row.getItemId(), "check:items:" + i + (row.getItem().measurement() ? ":reading" : ":verdict"));
        }
        inputs.put("notes", "check:notes");
        return inputs;
    }

    public boolean isMayFile() {
        return me.can("quality:work") && batch != null && !batch.isCompleted();
    }

    public boolean isWorkable() {
        return check != null && !check.completed() && isMayFile()
                && (check.workerId().equals(me.getUser().userId()) || me.can("quality:write"));
    }

    public String getBatchId() {
        return batchId;
    }

    public void setBatchId(String batchId) {
        this.batchId = batchId;
    }

    public String getCheckId() {
        return checkId;
    }

    public void setCheckId(String checkId) {
        this.checkId = checkId;
    }

    public BatchView getBatch() {
        return batch;
    }

    public List<CheckNeed> getNeeds() {
        return needs;
    }

    public CheckView getCheck() {
        return check;
    }

    public List<CheckRow> getRows() {
        return rows;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
