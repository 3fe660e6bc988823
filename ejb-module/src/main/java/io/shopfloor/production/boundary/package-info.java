/** Production services: the organization's configurable production stages. */
package io.shopfloor.production.boundary;
