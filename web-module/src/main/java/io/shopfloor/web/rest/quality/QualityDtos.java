package io.shopfloor.web.rest.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.platform.audit.entity.HistoryStep;
import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.quality.entity.CategoryView;
import io.shopfloor.quality.entity.CheckItemView;
import io.shopfloor.quality.entity.CheckNeed;
import io.shopfloor.quality.entity.CheckSummary;
import io.shopfloor.quality.entity.CheckView;
import io.shopfloor.quality.entity.ChecklistView;
import io.shopfloor.quality.entity.GateOverrideView;
import io.shopfloor.quality.entity.IssueSummary;
import io.shopfloor.quality.entity.IssueView;
import io.shopfloor.quality.entity.ItemView;
import io.shopfloor.quality.entity.Severity;

/** What the quality API answers with: codes as their lower-case names, files by their API address. */
public final class QualityDtos {

    private QualityDtos() {
    }

    public record ChecklistDto(UUID id, UUID lineageId, int revision, String name, UUID productId, String productName, UUID stageId,
                               String stageName, String scope, String status, String createdBy, OffsetDateTime createdAt,
                               OffsetDateTime publishedAt, OffsetDateTime retiredAt, long version, List<ItemDto> items) {
        static ChecklistDto of(ChecklistView c) {
            return new ChecklistDto(c.id(), c.lineageId(), c.revision(), c.name(), c.productId(), c.productName(), c.stageId(), c.stageName(),
                    c.scope().code(), c.status().code(), c.createdByName(), c.createdAt(), c.publishedAt(), c.retiredAt(), c.version(),
                    c.items().stream().map(ItemDto::of).toList());
        }
    }

    public record ItemDto(UUID id, int position, String category, String text, String helpText, String kind, String unit,
                          BigDecimal nominalValue, BigDecimal lowerLimit, BigDecimal upperLimit, String severity, boolean required,
                          boolean photoRequired) {
        static ItemDto of(ItemView i) {
            return new ItemDto(i.id(), i.position(), i.category(), i.text(), i.helpText(), i.kind().code(), i.unit(), i.nominalValue(),
                    i.lowerLimit(), i.upperLimit(), i.severity().code(), i.required(), i.photoRequired());
        }
    }

    public record NeedDto(UUID templateId, String checklistName, UUID orderId, String orderNumber, UUID checkId, String checkStatus,
                          boolean passing) {
        static NeedDto of(CheckNeed n) {
            return new NeedDto(n.templateId(), n.checklistName(), n.orderId(), n.orderNumber(), n.checkId(), code(n.checkStatus()), n.passing());
        }
    }

    public record CheckDto(UUID id, UUID batchId, String batchNumber, UUID orderId, String orderNumber, UUID stageId, String stageName,
                           UUID templateId, String checklistName, int revision, UUID workerId, String workerName, String status, String notes,
                           OffsetDateTime openedAt, OffsetDateTime completedAt, Long secondsTaken, long version, List<CheckItemDto> items,
                           UUID issueId, String issueNumber) {
        static CheckDto of(CheckView c) {
            return new CheckDto(c.id(), c.batchId(), c.batchNumber(), c.orderId(), c.orderNumber(), c.stageId(), c.stageName(), c.templateId(),
                    c.checklistName(), c.revision(), c.workerId(), c.workerName(), code(c.status()), c.notes(), c.openedAt(), c.completedAt(),
                    c.timeTaken() == null ? null : c.timeTaken().toSeconds(), c.version(), c.items().stream().map(CheckItemDto::of).toList(),
                    c.issueId(), c.issueNumber());
        }
    }

    public record CheckItemDto(ItemDto item, Boolean passed, BigDecimal reading, String notes, List<FileDto> photos) {
        static CheckItemDto of(CheckItemView i) {
            return new CheckItemDto(ItemDto.of(i.item()), i.passed(), i.reading(), i.notes(), i.photos().stream().map(FileDto::of).toList());
        }
    }

    public record CheckSummaryDto(UUID id, UUID batchId, String batchNumber, UUID orderId, String orderNumber, String stageName,
                                  String checklistName, int revision, String workerName, String status, OffsetDateTime openedAt,
                                  OffsetDateTime completedAt) {
        static CheckSummaryDto of(CheckSummary c) {
            return new CheckSummaryDto(c.id(), c.batchId(), c.batchNumber(), c.orderId(), c.orderNumber(), c.stageName(), c.checklistName(),
                    c.revision(), c.workerName(), code(c.status()), c.openedAt(), c.completedAt());
        }
    }

    /** A file's metadata; {@code content} and {@code thumbnail} are its addresses in this API (signed-in only). */
    public record FileDto(UUID id, String name, String contentType, long sizeBytes, String sha256, String uploadedBy,
                          OffsetDateTime uploadedAt, String content, String thumbnail) {
        static FileDto of(FileView f) {
            return new FileDto(f.id(), f.name(), f.contentType(), f.sizeBytes(), f.sha256(), f.uploadedByName(), f.uploadedAt(),
                    "files/" + f.id() + "/content", f.hasThumbnail() ? "files/" + f.id() + "/thumbnail" : null);
        }
    }

    public record IssueSummaryDto(UUID id, String issueNumber, String title, String severity, String category, String stageName,
                                  UUID batchId, String batchNumber, UUID orderId, String orderNumber, String assignedTo,
                                  OffsetDateTime createdAt, OffsetDateTime dueAt, OffsetDateTime resolvedAt, String sla) {
        static IssueSummaryDto of(IssueSummary i) {
            return new IssueSummaryDto(i.id(), i.issueNumber(), i.title(), i.severity().code(), i.categoryName(), i.stageName(), i.batchId(),
                    i.batchNumber(), i.orderId(), i.orderNumber(), i.assignedToName(), i.createdAt(), i.dueAt(), i.resolvedAt(), i.sla().code());
        }
    }

    public record IssueDto(UUID id, String issueNumber, UUID batchId, String batchNumber, UUID orderId, String orderNumber, UUID stageId,
                           String stageName, UUID checkId, UUID categoryId, String category, String severity, String title, String description,
                           UUID reportedBy, String reportedByName, UUID assignedTo, String assignedToName, String rootCause, String resolution,
                           OffsetDateTime resolvedAt, String resolvedBy, OffsetDateTime dueAt, String sla, Map<String, Object> customFields,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt, long version, List<FileDto> files) {
        static IssueDto of(IssueView i) {
            return new IssueDto(i.id(), i.issueNumber(), i.batchId(), i.batchNumber(), i.orderId(), i.orderNumber(), i.stageId(), i.stageName(),
                    i.checkId(), i.categoryId(), i.categoryName(), i.severity().code(), i.title(), i.description(), i.reportedBy(),
                    i.reportedByName(), i.assignedTo(), i.assignedToName(), i.rootCause(), i.resolution(), i.resolvedAt(), i.resolvedByName(),
                    i.dueAt(), i.sla().code(), i.customFields(), i.createdAt(), i.updatedAt(), i.version(),
                    i.photos().stream().map(FileDto::of).toList());
        }
    }

    public record CategoryDto(UUID id, String code, String name, String description, String defaultSeverity, int slaHours, boolean active,
                              long version) {
        static CategoryDto of(CategoryView c) {
            return new CategoryDto(c.id(), c.code(), c.name(), c.description(), c.defaultSeverity().code(), c.slaHours(), c.active(), c.version());
        }
    }

    public record OverrideDto(UUID id, UUID batchId, UUID stageId, String stageName, String reason, String grantedBy, OffsetDateTime grantedAt) {
        static OverrideDto of(GateOverrideView o) {
            return new OverrideDto(o.id(), o.batchId(), o.stageId(), o.stageName(), o.reason(), o.grantedByName(), o.grantedAt());
        }
    }

    /** One change of a record from its history: when, who, what, and each field before and after, in the request's language. */
    public record HistoryDto(OffsetDateTime occurredAt, String userName, String action, List<ChangeDto> changes) {
        static HistoryDto of(HistoryStep h, Locale language) {
            return new HistoryDto(h.occurredAt(), h.userName(), h.action().in(language),
                    h.changes().stream().map(c -> new ChangeDto(c.field(), c.label().in(language), c.before().in(language),
                            c.after().in(language))).toList());
        }
    }

    public record ChangeDto(String field, String label, String before, String after) {
    }

    private static String code(QualityStatus status) {
        return status == null ? null : status.code();
    }

    static String code(Severity severity) {
        return severity == null ? null : severity.code();
    }
}
