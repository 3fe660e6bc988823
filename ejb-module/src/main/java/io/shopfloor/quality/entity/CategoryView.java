package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.util.UUID;

/** An issue category as the console and the issue form show it. */
public record CategoryView(UUID id, String code, String name, String description, Severity defaultSeverity, int slaHours,
        boolean active, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static CategoryView of(IssueCategory c) {
        return new CategoryView(c.getId(), c.getCode(), c.getName(), c.getDescription(), c.getDefaultSeverity(), c.getSlaHours(),
                c.isActive(), c.getVersion());
    }

    public CategoryDraft toDraft() {
        return new CategoryDraft(name, description, defaultSeverity, slaHours);
    }
}
