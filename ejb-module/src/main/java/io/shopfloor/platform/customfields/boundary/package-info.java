/**
 * The custom field definitions administrators keep per entity type: the services behind the
 * console's screens and behind the forms, lists and API that render and filter custom fields.
 */
package io.shopfloor.platform.customfields.boundary;
