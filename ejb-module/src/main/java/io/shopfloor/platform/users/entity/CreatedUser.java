package io.shopfloor.platform.users.entity;

import java.io.Serializable;

/** A user just created, with the one-time link to set their password when one was asked for. */
public record CreatedUser(UserView user, SetPasswordLink link) implements Serializable {

    private static final long serialVersionUID = 1L;
}
