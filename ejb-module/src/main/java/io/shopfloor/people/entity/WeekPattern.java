package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Hours per weekday, Monday first: a worker's own ({@code own} true) or, where they have none,
 * the organization's default that applies to them; {@code userId} null for the organization's.
 */
public record WeekPattern(UUID userId, List<BigDecimal> hours, boolean own) implements Serializable {

    private static final long serialVersionUID = 1L;
}
