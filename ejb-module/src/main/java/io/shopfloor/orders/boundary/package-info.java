/** The customers and orders services: the transaction, permission and audit boundary of the module. */
package io.shopfloor.orders.boundary;
