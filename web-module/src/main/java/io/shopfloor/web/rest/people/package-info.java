/** REST resources of the people module: workers and their skills, weeks and time, the calendar, corrections, the workload. */
package io.shopfloor.web.rest.people;
