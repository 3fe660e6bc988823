package io.shopfloor.production.entity;

import java.util.UUID;

/** A user who can be assigned to a stage's work. */
public record WorkerChoice(UUID id, String name) {
}
