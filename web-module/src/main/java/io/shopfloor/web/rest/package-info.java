/**
 * The REST API under {@code /api/v1}: JSON in and out, bearer API tokens, and every error as RFC
 * 9457 problem+json ({@link io.shopfloor.web.rest.Problems}). Resources sit beside their module
 * ({@code rest.orders}), application scoped, and speak in DTO records, never entities.
 */
package io.shopfloor.web.rest;
