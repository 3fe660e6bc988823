/** The users service administrators use in the console: list, create with roles, deactivate. */
package io.shopfloor.platform.users.boundary;
