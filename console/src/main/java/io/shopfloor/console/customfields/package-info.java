/** The console's custom field administration: definitions per entity type, their order and state. */
package io.shopfloor.console.customfields;
