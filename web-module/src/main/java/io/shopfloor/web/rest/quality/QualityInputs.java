package io.shopfloor.web.rest.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The bodies the quality API takes; ids and codes as text, so a malformed one is a 422 naming its field. */
public final class QualityInputs {

    private QualityInputs() {
    }

    /** POST and PUT /checklists ({@code version} on PUT). Scope: batch or order; no productId: the stage's default. */
    public record ChecklistInput(String name, String stageId, String productId, String scope, List<ItemInput> items, Long version) {
    }

    /** An item: kind pass_fail or measurement (unit and a limit), severity warning, critical or hold. */
    public record ItemInput(String category, String text, String helpText, String kind, String unit, BigDecimal nominalValue,
                            BigDecimal lowerLimit, BigDecimal upperLimit, String severity, Boolean required, Boolean photoRequired) {
    }

    /**
     * POST /checks: the batch, the checklist (templateId) and, for a per-order checklist, the order.
     * With {@code complete} (the default) the results are recorded and the check completed at once;
     * with {@code complete: false} the check is only opened (photos are attached, then it is completed).
     */
    public record CheckInput(String batchId, String templateId, String orderId, List<ResultBody> results, String notes, Boolean complete) {
    }

    /** A result: {@code passed} for a pass/fail item, {@code reading} for a measurement. */
    public record ResultBody(String itemId, Boolean passed, BigDecimal reading, String notes) {
    }

    /** POST /checks/{id}/complete. */
    public record CompleteInput(Long version, List<ResultBody> results, String notes) {
    }

    /** POST and PUT /issues ({@code version} on PUT; batch, order and stage stay as reported). */
    public record IssueInput(String batchId, String orderId, String stageId, String categoryId, String severity, String title,
                             String description, String assignedTo, Map<String, Object> customFields, Long version) {
    }

    /** POST /issues/{id}/assign (assignedTo null: nobody), /resolve, /reopen. */
    public record IssueAction(Long version, String assignedTo, String rootCause, String resolution) {
    }

    /** POST and PUT /issue-categories; POST /issue-categories/{id}/active takes version and active. */
    public record CategoryInput(String name, String description, String defaultSeverity, Integer slaHours, Boolean active, Long version) {
    }

    /** The version the caller read: POST /checklists/{id}/publish and /retire. */
    public record VersionBody(Long version) {
    }

    /** POST /batches/{id}/gate-overrides: the batch's version and why it may pass. */
    public record OverrideInput(Long version, String reason) {
    }
}
