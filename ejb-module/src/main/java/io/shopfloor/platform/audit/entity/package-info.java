/**
 * What the audit trail returns: entries, their field-by-field changes, the filter of the list,
 * and the kinds of records and actions the audit log knows, with the names people read.
 */
package io.shopfloor.platform.audit.entity;
