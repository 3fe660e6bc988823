/**
 * REST resources of products, their options and stage estimates ({@code /api/v1/products}),
 * speaking in JSON records; the products service checks permissions and rules.
 */
package io.shopfloor.web.rest.products;
