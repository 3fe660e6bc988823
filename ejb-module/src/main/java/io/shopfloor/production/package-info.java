/** The production module: stages the workshop's batches move through, batches, assignments, the board. */
package io.shopfloor.production;
