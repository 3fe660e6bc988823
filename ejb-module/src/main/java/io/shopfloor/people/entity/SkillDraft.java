package io.shopfloor.people.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a manager sets for a worker's skill at a stage. */
public record SkillDraft(
        @NotNull(message = "{input.chooseLevel}") SkillLevel level,
        LocalDate expiresOn,
        @Size(max = 2000, message = "{input.tooLong}") String notes) implements Serializable {

    private static final long serialVersionUID = 1L;
}
