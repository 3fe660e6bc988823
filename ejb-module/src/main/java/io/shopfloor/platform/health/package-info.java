/** Start-up check that the database schema is not behind this build, and the database probe of readiness. */
package io.shopfloor.platform.health;
