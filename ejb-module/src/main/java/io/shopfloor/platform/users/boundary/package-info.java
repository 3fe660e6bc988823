/**
 * The users services: administrators list, create (with a password or a one-time set-password
 * link), edit, assign roles, reset passwords and deactivate users; anyone holding a link sets
 * their password with it, before any sign-in.
 */
package io.shopfloor.platform.users.boundary;
