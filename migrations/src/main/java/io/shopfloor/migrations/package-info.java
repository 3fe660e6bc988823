/**
 * Applies Shopfloor's Flyway migrations as the owner role and prepares the two database roles.
 * {@link io.shopfloor.migrations.Migrations} is both the library the launcher and tests call and
 * the command operators run against an external PostgreSQL; {@link io.shopfloor.migrations.DatabaseRoles}
 * creates the owner and application roles where the caller is allowed to (embedded PostgreSQL,
 * tests), and otherwise documents what a DBA must create.
 */
package io.shopfloor.migrations;
