package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A worker on the team screen: name, department and employee number (for people:read), skills,
 * whether one expires within 30 days, and today's assigned and available hours.
 */
public record TeamMember(UUID userId, String name, String employeeNumber, String department, List<SkillView> skills,
                         BigDecimal assignedToday, BigDecimal availableToday) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean expiringSoon() {
        return skills.stream().anyMatch(SkillView::expiringSoon);
    }
}
