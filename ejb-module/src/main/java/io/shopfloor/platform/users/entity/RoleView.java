package io.shopfloor.platform.users.entity;

import java.util.UUID;

public record RoleView(UUID id, String name, String description, boolean builtin) {
}
