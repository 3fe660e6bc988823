/** Helpers of the background-work mechanism: what a job is, how one is queued, what runs one. */
package io.shopfloor.platform.jobs.control;
