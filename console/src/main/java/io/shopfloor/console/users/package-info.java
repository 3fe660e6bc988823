/** Console screens for administrators' work on users: list with search, create with roles, deactivate. */
package io.shopfloor.console.users;
