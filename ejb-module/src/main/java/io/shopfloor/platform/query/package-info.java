/** Paging and sorting requests and results shared by every list in Shopfloor, and loading a record by id. */
package io.shopfloor.platform.query;
