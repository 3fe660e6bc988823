/**
 * The one place that hands the tenant and the user to PostgreSQL. {@link
 * io.shopfloor.platform.tenancy.control.TenantBinding} runs as a default interceptor around every
 * EJB business method and, once per transaction, sets {@code app.tenant_id} and
 * {@code app.user_id} transaction-locally on the connection that transaction uses; row level
 * security does the rest. Nothing else in Shopfloor calls {@code set_config}.
 */
package io.shopfloor.platform.tenancy.control;
