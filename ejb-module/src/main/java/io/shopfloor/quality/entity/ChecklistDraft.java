package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator writes for a checklist: its name, the stage, the product (none: the
 * stage's default for every product), whether it is filed per batch or per order, and its items
 * in order.
 */
public record ChecklistDraft(
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String name,
        @NotNull(message = "{input.required}") UUID stageId,
        UUID productId,
        ChecklistScope scope,
        @Size(max = 200, message = "{input.tooMany}") List<@Valid @NotNull(message = "{input.required}") ItemDraft> items) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ChecklistDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
