/** Paging and sorting requests and results shared by every list in Shopfloor. */
package io.shopfloor.platform.query;
