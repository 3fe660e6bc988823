package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.platform.files.entity.FileView;

/** An issue with everything its page shows. */
public record IssueView(UUID id, String issueNumber, UUID batchId, String batchNumber, UUID orderId, String orderNumber,
        UUID stageId, String stageName, UUID checkId, UUID categoryId, String categoryName, Severity severity, String title,
        String description, UUID reportedBy, String reportedByName, UUID assignedTo, String assignedToName, String rootCause,
        String resolution, OffsetDateTime resolvedAt, String resolvedByName, OffsetDateTime dueAt, SlaStatus sla,
        Map<String, Object> customFields, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
        List<FileView> photos) implements Serializable {

    private static final long serialVersionUID = 1L;

    public IssueView {
        customFields = Map.copyOf(customFields);
        photos = List.copyOf(photos);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    /** The fields to edit the issue from. */
    public IssueDraft toDraft() {
        return new IssueDraft(batchId, orderId, stageId, categoryId, severity, title, description, assignedTo, customFields);
    }
}
