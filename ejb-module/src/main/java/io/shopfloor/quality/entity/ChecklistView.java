package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A checklist version; lists leave {@code items} empty, a single checklist has them in order. */
public record ChecklistView(UUID id, UUID lineageId, int revision, String name, UUID productId, String productName,
        UUID stageId, String stageName, ChecklistScope scope, ChecklistStatus status, String createdByName,
        OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime retiredAt, long version,
        List<ItemView> items) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ChecklistView {
        items = List.copyOf(items);
    }

    /** The draft to edit this version from (a published one becomes the next version when saved). */
    public ChecklistDraft toDraft() {
        return new ChecklistDraft(name, stageId, productId, scope, items.stream().map(ItemView::toDraft).toList());
    }
}
