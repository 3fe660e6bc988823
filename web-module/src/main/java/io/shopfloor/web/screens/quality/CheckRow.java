package io.shopfloor.web.screens.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.UUID;

import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.quality.entity.CheckItemView;
import io.shopfloor.quality.entity.ItemView;
import io.shopfloor.quality.entity.ResultInput;
import io.shopfloor.web.common.Texts;

/** One item of the check as the form edits it: passed or failed, or the reading, notes, and its photos. */
public class CheckRow implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PASSED = "passed";
    static final String FAILED = "failed";

    private final ItemView item;
    private final boolean recorded;
    private final Boolean judged;
    private final List<FileView> photos;
    private String verdict;
    private BigDecimal reading;
    private String notes;

    CheckRow(CheckItemView shown) {
        this.item = shown.item();
        this.recorded = shown.recorded();
        this.judged = shown.passed();
        this.photos = shown.photos();
        this.verdict = shown.passed() == null || item.measurement() ? null : shown.passed() ? PASSED : FAILED;
        this.reading = shown.reading();
        this.notes = shown.notes();
    }

    /** Whether the worker has given this item a result yet (a verdict or a reading). */
    public boolean isAnswered() {
        return item.measurement() ? reading != null : verdict != null;
    }

    ResultInput input() {
        return new ResultInput(item.id(), item.measurement() ? null : PASSED.equals(verdict), item.measurement() ? reading : null, notes);
    }

    /** The item's limits in the page's language: "3.8 – 4.2", "≤ 1", "≥ 0.5". */
    public String getLimits() {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.locale());
        format.setMaximumFractionDigits(4);
        if (item.lowerLimit() == null && item.upperLimit() == null) {
            return "";
        }
        if (item.lowerLimit() == null) {
            return "≤ " + format.format(item.upperLimit());
        }
        if (item.upperLimit() == null) {
            return "≥ " + format.format(item.lowerLimit());
        }
        return format.format(item.lowerLimit()) + " – " + format.format(item.upperLimit());
    }

    public UUID getItemId() {
        return item.id();
    }

    public ItemView getItem() {
        return item;
    }

    /** Whether the result is saved on the check (photos attach to a saved result). */
    public boolean isRecorded() {
        return recorded;
    }

    /** The saved result's verdict: for a measurement, the database's judgement of the reading. */
    public Boolean getJudged() {
        return judged;
    }

    public List<FileView> getPhotos() {
        return photos;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public BigDecimal getReading() {
        return reading;
    }

    public void setReading(BigDecimal reading) {
        this.reading = reading;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
