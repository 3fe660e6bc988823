/**
 * REST resources of products and their options ({@code /api/v1/products}), speaking in JSON
 * records; the products service checks permissions and rules.
 */
package io.shopfloor.web.rest.products;
