/**
 * The one background-work mechanism: a timer on every node claims due rows (FOR UPDATE SKIP
 * LOCKED, with a lease) and runs each in a transaction of its own, with the organization and
 * user of the job bound, or the installation's own upkeep through narrow database functions.
 */
package io.shopfloor.platform.jobs.boundary;
