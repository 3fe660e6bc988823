/** The people services: the team and their skills, time on the job. Permissions are checked here. */
package io.shopfloor.people.boundary;
