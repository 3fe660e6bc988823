package io.shopfloor.people.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Time outside stage work, entered by hand: its category, from and to in the organization's zone, a note. */
public record TimeDraft(
        @NotNull(message = "{input.required}") TimeCategory category,
        @NotNull(message = "{input.required}") LocalDateTime from,
        @NotNull(message = "{input.required}") LocalDateTime to,
        @Size(max = 1000, message = "{input.tooLong}") String note) implements Serializable {

    private static final long serialVersionUID = 1L;
}
