/** Production services: configurable stages, batches and their work at each stage, the dashboard. */
package io.shopfloor.production.boundary;
