/**
 * Console screen for roles: list with permissions and holders, create, rename and delete custom
 * roles, and the permission matrix (modules by actions, with "all actions" and "everything").
 */
package io.shopfloor.console.roles;
