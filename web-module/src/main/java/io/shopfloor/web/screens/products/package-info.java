/**
 * Staff screens of products: the list and the form with the product's options and stage
 * estimates. View-scoped beans, one per screen; the products service checks permissions and rules.
 */
package io.shopfloor.web.screens.products;
