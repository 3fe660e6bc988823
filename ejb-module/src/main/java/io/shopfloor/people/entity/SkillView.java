package io.shopfloor.people.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A worker's skill at a stage as screens and the API show it: {@code valid} whether work at the
 * stage may be given today; {@code expiringSoon} a certification that ends within 30 days.
 */
public record SkillView(UUID id, UUID userId, UUID stageId, String stageName, SkillLevel level, LocalDate expiresOn, String notes,
                        boolean valid, boolean expiringSoon, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far ahead an expiry is flagged. */
    public static final int EXPIRY_WARNING_DAYS = 30;
}
