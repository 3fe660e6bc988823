/**
 * The application exceptions every service throws, each with a message meant for the person who
 * caused it. They roll the transaction back, so nothing half-written remains; the REST layer
 * turns them into problem+json and the screens into messages.
 */
package io.shopfloor.platform.errors;
