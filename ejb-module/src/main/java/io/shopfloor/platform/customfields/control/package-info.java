/** The check every write of custom field values passes, whatever path it comes by. */
package io.shopfloor.platform.customfields.control;
