package io.shopfloor.platform.users.entity;

import java.io.Serializable;
import java.util.UUID;

public record RoleView(UUID id, String name, String description, boolean builtin) implements Serializable {

    private static final long serialVersionUID = 1L;
}
