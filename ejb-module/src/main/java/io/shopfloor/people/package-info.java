/** People: worker profiles and skills, availability, time on the job, workload and production metrics. */
package io.shopfloor.people;
