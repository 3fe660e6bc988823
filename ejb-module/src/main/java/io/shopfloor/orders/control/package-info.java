/** Helpers of the orders services: order numbering and list queries. */
package io.shopfloor.orders.control;
