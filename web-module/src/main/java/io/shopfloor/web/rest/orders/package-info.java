/** REST resources of the orders module: {@code /api/v1/customers} and {@code /api/v1/orders}. */
package io.shopfloor.web.rest.orders;
