package io.shopfloor.quality.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A kind of issue with its default severity and the hours it is due in. Every organization starts
 * with the built-in ones (they have a code, which Shopfloor itself refers to, e.g. failed_check).
 */
@Entity
@Table(name = "issue_categories")
public class IssueCategory {

    /** The category a failed check's issue goes to. */
    public static final String FAILED_CHECK = "failed_check";

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "default_severity", nullable = false)
    private Severity defaultSeverity;

    @Column(name = "sla_hours", nullable = false)
    private int slaHours;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected IssueCategory() {
    }

    public IssueCategory(UUID tenantId, CategoryDraft draft) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.active = true;
        apply(draft);
    }

    public void apply(CategoryDraft draft) {
        this.name = draft.name().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        this.defaultSeverity = draft.defaultSeverity();
        this.slaHours = draft.slaHours();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Severity getDefaultSeverity() {
        return defaultSeverity;
    }

    public int getSlaHours() {
        return slaHours;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
