/**
 * The console's audit trail: administrators filter their organization's audit log and open an
 * entry to see what changed, field by field, including failed sign-ins and permission denials.
 */
package io.shopfloor.console.audit;
