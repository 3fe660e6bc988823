package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** A checklist item as screens and the API show it. */
public record ItemView(UUID id, int position, String category, String text, String helpText, ItemKind kind, String unit,
        BigDecimal nominalValue, BigDecimal lowerLimit, BigDecimal upperLimit, Severity severity, boolean required,
        boolean photoRequired) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static ItemView of(ChecklistItem i) {
        return new ItemView(i.getId(), i.getPosition(), i.getCategory(), i.getText(), i.getHelpText(), i.getKind(), i.getUnit(),
                i.getNominalValue(), i.getLowerLimit(), i.getUpperLimit(), i.getSeverity(), i.isRequired(), i.isPhotoRequired());
    }

    public boolean measurement() {
        return kind == ItemKind.MEASUREMENT;
    }

    public ItemDraft toDraft() {
        return new ItemDraft(category, text, helpText, kind, unit, nominalValue, lowerLimit, upperLimit, severity, required, photoRequired);
    }
}
