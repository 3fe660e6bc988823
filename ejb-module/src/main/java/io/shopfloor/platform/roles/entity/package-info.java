/**
 * Roles as the console shows them ({@link io.shopfloor.platform.roles.entity.RoleDetails}) and the
 * permission matrix that turns checkboxes into grants and back
 * ({@link io.shopfloor.platform.roles.entity.PermissionMatrix}). The roles themselves are the
 * {@code Role} entity of the users module.
 */
package io.shopfloor.platform.roles.entity;
