/** MicroProfile Health checks of Shopfloor: readiness includes the database. */
package io.shopfloor.web.health;
