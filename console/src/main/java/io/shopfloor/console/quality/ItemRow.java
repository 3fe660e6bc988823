package io.shopfloor.console.quality;

import java.io.Serializable;
import java.math.BigDecimal;

import io.shopfloor.quality.entity.ItemDraft;
import io.shopfloor.quality.entity.ItemKind;
import io.shopfloor.quality.entity.Severity;

/** One item as the checklist editor edits it. */
public class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String category;
    private String text;
    private String helpText;
    private ItemKind kind = ItemKind.PASS_FAIL;
    private String unit;
    private BigDecimal nominalValue;
    private BigDecimal lowerLimit;
    private BigDecimal upperLimit;
    private Severity severity = Severity.WARNING;
    private boolean required = true;
    private boolean photoRequired;

    ItemRow() {
    }

    ItemRow(ItemDraft draft) {
        category = draft.category();
        text = draft.text();
        helpText = draft.helpText();
        kind = draft.kind();
        unit = draft.unit();
        nominalValue = draft.nominalValue();
        lowerLimit = draft.lowerLimit();
        upperLimit = draft.upperLimit();
        severity = draft.severity();
        required = draft.required();
        photoRequired = draft.photoRequired();
    }

    ItemDraft draft() {
        return new ItemDraft(category, text, helpText, kind, unit, nominalValue, lowerLimit, upperLimit, severity, required, photoRequired);
    }

    public boolean isMeasurement() {
        return kind == ItemKind.MEASUREMENT;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHelpText() {
        return helpText;
    }

    public void setHelpText(String helpText) {
        this.helpText = helpText;
    }

    public ItemKind getKind() {
        return kind;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getNominalValue() {
        return nominalValue;
    }

    public void setNominalValue(BigDecimal nominalValue) {
        this.nominalValue = nominalValue;
    }

    public BigDecimal getLowerLimit() {
        return lowerLimit;
    }

    public void setLowerLimit(BigDecimal lowerLimit) {
        this.lowerLimit = lowerLimit;
    }

    public BigDecimal getUpperLimit() {
        return upperLimit;
    }

    public void setUpperLimit(BigDecimal upperLimit) {
        this.upperLimit = upperLimit;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isPhotoRequired() {
        return photoRequired;
    }

    public void setPhotoRequired(boolean photoRequired) {
        this.photoRequired = photoRequired;
    }
}
