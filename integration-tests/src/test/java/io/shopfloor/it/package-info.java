/**
 * Tests of the built {@code shopfloor.ear} deployed to a real Payara Server over a real
 * (embedded) PostgreSQL, started once per test run by {@link io.shopfloor.it.TestShopfloor} with
 * the launcher's own code, on a connection pool of at most 2 connections.
 */
package io.shopfloor.it;
