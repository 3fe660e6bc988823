package io.shopfloor.quality.entity;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.shopfloor.platform.customfields.entity.CustomFieldsConverter;
import io.shopfloor.platform.types.NullableUuidConverter;

/**
 * A quality issue of a batch and/or an order: reported by someone (the database holds that it is
 * the signed-in user), assigned, resolved with its root cause. Its due time is the database's
 * (created + the category's SLA hours), and so is its batch's quality status that follows it.
 */
@Entity
@Table(name = "issues")
public class Issue {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "issue_number", nullable = false, updatable = false)
    private String issueNumber;

    @Column(name = "batch_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID batchId;

    @Column(name = "order_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID orderId;

    @Column(name = "stage_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID stageId;

    @Column(name = "check_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID checkId;

    @Column(name = "category_id", nullable = false)
    private UUID categoryId;

    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private UUID reportedBy;

    @Column(name = "assigned_to")
    @Convert(converter = NullableUuidConverter.class)
    private UUID assignedTo;

    @Column(name = "root_cause")
    private String rootCause;

    private String resolution;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID resolvedBy;

    /** Kept by the database from the category's SLA hours. */
    @Column(name = "due_at", insertable = false, updatable = false)
    private OffsetDateTime dueAt;

    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Issue() {
    }

    public Issue(UUID tenantId, String issueNumber, UUID reportedBy, UUID checkId, IssueDraft draft, Severity severity) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.issueNumber = issueNumber;
        this.reportedBy = reportedBy;
        this.checkId = checkId;
        this.batchId = draft.batchId();
        this.orderId = draft.orderId();
        this.stageId = draft.stageId();
        this.assignedTo = draft.assignedTo();
        apply(draft, severity);
    }

    /** What the reporter or a quality manager may change on an open issue. */
    public void apply(IssueDraft draft, Severity severity) {
        this.categoryId = draft.categoryId();
        this.severity = severity;
        this.title = draft.title().strip();
        this.description = draft.description() == null ? "" : draft.description().strip();
        this.customFields = new LinkedHashMap<>(draft.customFieldsOrEmpty());
    }

    public void assign(UUID userId) {
        this.assignedTo = userId;
    }

    public void resolve(String rootCause, String resolution, UUID by, OffsetDateTime at) {
        this.rootCause = rootCause == null || rootCause.isBlank() ? null : rootCause.strip();
        this.resolution = resolution.strip();
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public void reopen() {
        this.resolvedAt = null;
        this.resolvedBy = null;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getIssueNumber() {
        return issueNumber;
    }

    public UUID getBatchId() {
        return batchId;
    }

    public UUID getOrderId() {
        return orderId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public UUID getCheckId() {
        return checkId;
    }

    public UUID getCategoryId() {
        return categoryId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public UUID getReportedBy() {
        return reportedBy;
    }

    public UUID getAssignedTo() {
        return assignedTo;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getResolution() {
        return resolution;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public UUID getResolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
