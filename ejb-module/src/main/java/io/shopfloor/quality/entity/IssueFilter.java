package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.util.UUID;

/**
 * The issue list's filters, each optional: open only, assigned to the caller, overdue, a category,
 * a stage, a severity, a batch, an order.
 */
public record IssueFilter(boolean openOnly, boolean mine, boolean overdue, UUID categoryId, UUID stageId, Severity severity,
        UUID batchId, UUID orderId) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static IssueFilter open() {
        return new IssueFilter(true, false, false, null, null, null, null, null);
    }
}
