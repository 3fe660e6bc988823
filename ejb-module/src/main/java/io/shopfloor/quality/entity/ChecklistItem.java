package io.shopfloor.quality.entity;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a checklist version: pass or fail, or a measurement within limits. */
@Entity
@Table(name = "checklist_items")
public class ChecklistItem {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private UUID templateId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String category;

    @Column(name = "item_text", nullable = false)
    private String text;

    @Column(name = "help_text")
    private String helpText;

    @Column(nullable = false)
    private ItemKind kind;

    private String unit;

    @Column(name = "nominal_value")
    private BigDecimal nominalValue;

    @Column(name = "lower_limit")
    private BigDecimal lowerLimit;

    @Column(name = "upper_limit")
    private BigDecimal upperLimit;

    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "photo_required", nullable = false)
    private boolean photoRequired;

    protected ChecklistItem() {
    }

    public ChecklistItem(UUID tenantId, UUID templateId, int position, ItemDraft draft) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.templateId = templateId;
        this.position = position;
        this.category = draft.category().strip();
        this.text = draft.text().strip();
        this.helpText = draft.helpText() == null || draft.helpText().isBlank() ? null : draft.helpText().strip();
        this.kind = draft.kind() == null ? ItemKind.PASS_FAIL : draft.kind();
        if (kind == ItemKind.MEASUREMENT) {
            this.unit = draft.unit() == null ? null : draft.unit().strip();
            this.nominalValue = draft.nominalValue();
            this.lowerLimit = draft.lowerLimit();
            this.upperLimit = draft.upperLimit();
        }
        this.severity = draft.severity() == null ? Severity.WARNING : draft.severity();
        this.required = draft.required();
        this.photoRequired = draft.photoRequired();
    }

    /** Whether a reading lies within the limits (the database decides a result the same way). */
    public boolean accepts(BigDecimal reading) {
        return (lowerLimit == null || reading.compareTo(lowerLimit) >= 0) && (upperLimit == null || reading.compareTo(upperLimit) <= 0);
    }

    /** The item as a draft again, to edit into the next version. */
    public ItemDraft toDraft() {
        return new ItemDraft(category, text, helpText, kind, unit, nominalValue, lowerLimit, upperLimit, severity, required, photoRequired);
    }

    public UUID getId() {
        return id;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public int getPosition() {
        return position;
    }

    public String getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public String getHelpText() {
        return helpText;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getNominalValue() {
        return nominalValue;
    }

    public BigDecimal getLowerLimit() {
        return lowerLimit;
    }

    public BigDecimal getUpperLimit() {
        return upperLimit;
    }

    public Severity getSeverity() {
        return severity;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isPhotoRequired() {
        return photoRequired;
    }
}
