/**
 * Helpers of the audit trail: the list's queries, the names behind ids, and the pure logic that
 * turns a stored audit row into a readable description and a field-by-field diff.
 */
package io.shopfloor.platform.audit.control;
