/** The people screens: the team, a worker's page, the team calendar, time on the job and the workload. */
package io.shopfloor.web.screens.people;
