/**
 * The quality API: checklists with their items and versions, checks (filed with their results, or
 * opened, recorded and completed), files (upload to a check's result or an issue, download),
 * issues and their categories, and gate overrides of a batch.
 */
package io.shopfloor.web.rest.quality;
