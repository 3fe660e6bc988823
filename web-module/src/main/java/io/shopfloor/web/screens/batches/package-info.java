/**
 * Staff screens of production batches: the batches list with the dialog that makes a new batch
 * from pending orders, and the batch page with its orders, its work per stage (assign, advance),
 * quality status and details. View-scoped beans, one per screen; the batches service checks
 * permissions, rules and the version each change was based on.
 */
package io.shopfloor.web.screens.batches;
