/**
 * Customers, products with their options and per-stage estimates, and orders: the entities with their rules (an order's
 * status workflow lives on {@link io.shopfloor.orders.entity.OrderStatus}) and the records services accept and return.
 */
package io.shopfloor.orders.entity;
