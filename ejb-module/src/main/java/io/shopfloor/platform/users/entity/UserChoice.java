package io.shopfloor.platform.users.entity;

import java.io.Serializable;
import java.util.UUID;

/** A user to choose in a menu: to filter the audit trail by, to assign an issue to. */
public record UserChoice(UUID id, String displayName) implements Serializable {

    private static final long serialVersionUID = 1L;
}
