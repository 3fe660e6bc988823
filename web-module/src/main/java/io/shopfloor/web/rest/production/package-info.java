/** REST resources of the production module: batches, their orders, stages and work. */
package io.shopfloor.web.rest.production;
