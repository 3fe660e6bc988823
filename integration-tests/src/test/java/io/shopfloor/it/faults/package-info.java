/**
 * The fault suite: the deployed EAR on Payara Server while its real PostgreSQL is restarted,
 * slowed by a held lock or out of pooled connections, with what users and integrators get then.
 */
package io.shopfloor.it.faults;
