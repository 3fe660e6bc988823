package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An issue as the issue list shows it, with where it stands against its due time. */
public record IssueSummary(UUID id, String issueNumber, String title, Severity severity, String categoryName,
        String stageName, UUID batchId, String batchNumber, UUID orderId, String orderNumber, String assignedToName,
        OffsetDateTime createdAt, OffsetDateTime dueAt, OffsetDateTime resolvedAt, SlaStatus sla) implements Serializable {

    private static final long serialVersionUID = 1L;
}
