/** The console's organization settings: name, time zone and currency. */
package io.shopfloor.console.organization;
