package io.shopfloor.production.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A production stage as screens and the API show it, with its responsible roles. */
public record StageView(UUID id, String name, int position, BigDecimal estimatedHours, boolean active,
                        List<RoleChoice> responsibleRoles, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public StageView {
        responsibleRoles = List.copyOf(responsibleRoles);
    }

    /** A role, as stage forms offer it. */
    public record RoleChoice(UUID id, String name) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    public List<UUID> responsibleRoleIds() {
        return responsibleRoles.stream().map(RoleChoice::id).toList();
    }
}
