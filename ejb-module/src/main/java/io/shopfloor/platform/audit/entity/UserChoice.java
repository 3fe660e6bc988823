package io.shopfloor.platform.audit.entity;

import java.util.UUID;

/** A user to filter the audit trail by. */
public record UserChoice(UUID id, String displayName) {
}
