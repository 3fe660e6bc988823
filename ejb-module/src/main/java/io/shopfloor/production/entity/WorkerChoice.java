package io.shopfloor.production.entity;

import java.io.Serializable;
import java.util.UUID;

/** A user who can be assigned to a stage's work. */
public record WorkerChoice(UUID id, String name) implements Serializable {

    private static final long serialVersionUID = 1L;
}
