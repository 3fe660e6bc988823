package io.shopfloor.platform.users.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A one-time link's secret, returned once to the administrator who made it and never stored
 * (the database keeps its SHA-256). The screen turns it into the address the user opens.
 */
public record SetPasswordLink(String token, OffsetDateTime expiresAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
