/**
 * Custom field values as stored in each entity's {@code custom_fields} jsonb column. Definitions
 * and the validator every write passes through build on this.
 */
package io.shopfloor.platform.customfields.entity;
