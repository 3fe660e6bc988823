/**
 * Reading the audit trail: a paged, filtered list of what happened in the caller's organization
 * (row changes written by the database's audit trigger, failed sign-ins and permission denials)
 * and one entry's changes field by field. Needs the permission {@code audit:read}.
 */
package io.shopfloor.platform.audit.boundary;
