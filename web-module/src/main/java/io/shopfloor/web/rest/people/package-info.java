/** REST resources of the people module: workers' skills. */
package io.shopfloor.web.rest.people;
