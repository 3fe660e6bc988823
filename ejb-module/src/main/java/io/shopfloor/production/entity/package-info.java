/** Production stages, batches, their orders and stage assignments, and the views of them. */
package io.shopfloor.production.entity;
