/**
 * The check every write of custom field values passes, whatever path it comes by, and the list
 * filters and sorts by custom fields.
 */
package io.shopfloor.platform.customfields.control;
