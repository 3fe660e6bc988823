package io.shopfloor.web.screens.people;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import io.shopfloor.people.boundary.Team;
import io.shopfloor.people.boundary.TimeEntries;
import io.shopfloor.people.entity.TimeCategory;
import io.shopfloor.people.entity.TimeDraft;
import io.shopfloor.people.entity.TimeEntryView;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.RecordPage;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;

/**
 * Time on the job ({@code time.xhtml}, {@code ?worker=…} for a manager): a week of a worker's
 * intervals, stage work from their start, pause and complete and time entered by hand. A worker
 * enters their own time outside stage work; a manager (people:write) anyone's, and corrects an
 * interval with a reason.
 */
@Named
@ViewScoped
public class TimePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("category", "entry:category", "from", "entry:from", "to", "entry:to",
            "note", "entry:note");
    private static final Map<String, String> CORRECTION_INPUTS = Map.of("from", "correction:from", "to", "correction:to",
            "reason", "correction:reason");

    @EJB
    TimeEntries time;

    @EJB
    Team team;

    @Inject
    Me me;

    private String workerParam;
    private UUID workerId;
    private String workerName;
    private LocalDate from;
    private List<TimeEntryView> entries;

    private TimeCategory category;
    private LocalDateTime entryFrom;
    private LocalDateTime entryTo;
    private String note;

    private TimeEntryView correcting;
    private LocalDateTime correctFrom;
    private LocalDateTime correctTo;
    private String reason;

    /** Runs on page load: the worker of the address (one's own without it), this week. */
    public void load() throws IOException {
        RecordPage.load("notFound.worker", () -> {
            workerId = workerParam == null || workerParam.isBlank() ? me.getUser().userId() : RecordPage.id(workerParam);
            workerName = team.profile(workerId).name();
            from = me.getToday().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            refresh();
        });
    }

    public void previous() {
        from = from.minusWeeks(1);
        refresh();
    }

    public void next() {
        from = from.plusWeeks(1);
        refresh();
    }

    public void newEntry() {
        category = TimeCategory.MAINTENANCE;
        entryFrom = null;
        entryTo = null;
        note = null;
    }

    public void saveEntry() {
        try {
            TimeEntryView saved = time.enter(workerId, new TimeDraft(category, entryFrom, entryTo, note));
            PrimeFaces.current().executeScript("PF('entryDialog').hide()");
            Texts.info("time.entered", saved.hours(), workerName);
            refresh();
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void correct(TimeEntryView entry) {
        correcting = entry;
        correctFrom = entry.startedAt().atZoneSameInstant(me.getZone()).toLocalDateTime();
        correctTo = entry.endedAt() == null ? null : entry.endedAt().atZoneSameInstant(me.getZone()).toLocalDateTime();
        reason = null;
    }

    public void saveCorrection() {
        try {
            TimeEntryView saved = time.correct(correcting.id(), correcting.version(), correctFrom, correctTo, reason);
            PrimeFaces.current().executeScript("PF('correctionDialog').hide()");
            Texts.info("time.corrected", workerName, saved.hours());
            refresh();
        } catch (RuntimeException e) {
            ServiceErrors.show(e, CORRECTION_INPUTS);
        }
    }

    private void refresh() {
        entries = time.of(workerId, from, from.plusDays(6));
    }

    /** Whether the caller enters time for this worker: their own (people:work), anyone's with people:write. */
    public boolean isEnterable() {
        return me.can("people:write") || (me.can("people:work") && workerId.equals(me.getUser().userId()));
    }

    public boolean isCorrectable() {
        return me.can("people:write");
    }

    public BigDecimal getTotal() {
        return entries.stream().map(TimeEntryView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public TimeCategory[] getCategories() {
        return TimeCategory.values();
    }

    public String getWorker() {
        return workerParam;
    }

    public void setWorker(String worker) {
        this.workerParam = worker;
    }

    public UUID getWorkerId() {
        return workerId;
    }

    public String getWorkerName() {
        return workerName;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return from.plusDays(6);
    }

    public List<TimeEntryView> getEntries() {
        return entries;
    }

    public TimeCategory getCategory() {
        return category;
    }

    public void setCategory(TimeCategory category) {
        this.category = category;
    }

    public LocalDateTime getEntryFrom() {
        return entryFrom;
    }

    public void setEntryFrom(LocalDateTime entryFrom) {
        this.entryFrom = entryFrom;
    }

    public LocalDateTime getEntryTo() {
        return entryTo;
    }

    public void setEntryTo(LocalDateTime entryTo) {
        this.entryTo = entryTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public TimeEntryView getCorrecting() {
        return correcting;
    }

    public LocalDateTime getCorrectFrom() {
        return correctFrom;
    }

    public void setCorrectFrom(LocalDateTime correctFrom) {
        this.correctFrom = correctFrom;
    }

    public LocalDateTime getCorrectTo() {
        return correctTo;
    }

    public void setCorrectTo(LocalDateTime correctTo) {
        this.correctTo = correctTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
