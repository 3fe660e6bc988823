/**
 * The roles service of the console: list roles with their permissions and holders, create,
 * rename and delete custom roles, and set a role's permissions from the matrix, never leaving an
 * organization without an administrator.
 */
package io.shopfloor.platform.roles.boundary;
