/**
 * Console screens for administrators' work on users: list with search, create with roles and a
 * password or one-time link, edit, assign roles, reset passwords, deactivate.
 */
package io.shopfloor.console.users;
