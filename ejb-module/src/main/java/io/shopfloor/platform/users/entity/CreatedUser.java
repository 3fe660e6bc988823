package io.shopfloor.platform.users.entity;

/** A user just created, with the one-time link to set their password when one was asked for. */
public record CreatedUser(UserView user, SetPasswordLink link) {
}
