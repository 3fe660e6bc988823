package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An interval of a worker's time as lists and the API show it: stage work (batch and stage) or
 * time by category, its hours (a running one up to now), why it ended, and a correction if any.
 */
public record TimeEntryView(UUID id, UUID userId, String workerName, UUID assignmentId, String batchNumber, String stageName,
                            TimeCategory category, OffsetDateTime startedAt, OffsetDateTime endedAt, BigDecimal hours,
                            IntervalEnd endReason, String note, String correctedByName, String correctionReason,
                            long version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
