/** Helpers of the orders services: order numbering, list queries and products' stage estimates. */
package io.shopfloor.orders.control;
