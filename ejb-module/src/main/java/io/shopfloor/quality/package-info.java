/**
 * Quality: checklists per product and stage (versioned), checks filed by workers with readings
 * and photos, the gate a batch cannot pass without a passing check, and issues with their SLA.
 * The database holds the rules (V18, V19); these services say them in people's words first.
 */
package io.shopfloor.quality;
