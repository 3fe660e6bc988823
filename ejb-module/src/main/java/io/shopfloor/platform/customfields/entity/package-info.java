/**
 * Custom field definitions (per tenant and entity type), the registry of entities that carry
 * custom fields, and the values as stored in each entity's {@code custom_fields} jsonb column.
 */
package io.shopfloor.platform.customfields.entity;
