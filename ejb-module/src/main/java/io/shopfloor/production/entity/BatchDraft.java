package io.shopfloor.production.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** What a person sets on a batch: priority (standard when absent), target completion, notes. */
public record BatchDraft(
        BatchPriority priority,
        LocalDate targetCompletion,
        @Size(max = 10000, message = "{input.tooLong}") String notes) implements Serializable {

    private static final long serialVersionUID = 1L;
}
