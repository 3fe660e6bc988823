/** The signed-in user's organization: its settings, read and changed by its administrators. */
package io.shopfloor.platform.tenancy.boundary;
