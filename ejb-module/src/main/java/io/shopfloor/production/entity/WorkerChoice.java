package io.shopfloor.production.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import io.shopfloor.people.entity.SkillLevel;

/**
 * A user who can be assigned to a stage's work, with what the menus show: their skill level for
 * the stage (none when they have none), whether it is valid today, and today's load (assigned
 * and available hours).
 */
public record WorkerChoice(UUID id, String name, SkillLevel level, boolean skilled, BigDecimal assignedToday,
                           BigDecimal availableToday) implements Serializable {

    private static final long serialVersionUID = 1L;
}
