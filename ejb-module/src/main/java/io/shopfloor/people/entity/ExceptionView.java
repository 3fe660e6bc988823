package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An exception as the calendar, the requests list and the API show it. */
public record ExceptionView(UUID id, UUID userId, String workerName, LocalDate day, ExceptionKind kind, BigDecimal hours, String note,
                            ExceptionStatus status, String requestedByName, String decidedByName, long version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
