/**
 * Staff screens of production: the production board (a column per active stage, batches moved on
 * by drag-and-drop), "my work" (the caller's own stage work, started and completed there) and the
 * production dashboard (charts and figures). View-scoped beans, one per screen; the production
 * services check permissions and rules, the screens show what they refuse.
 */
package io.shopfloor.web.screens.board;
