/**
 * Quality screens for staff: filing a batch's checks at its stage (results saved as they are
 * entered, photos attached to them, completing asked first). View-scoped beans; the quality
 * services check every permission and rule.
 */
package io.shopfloor.web.screens.quality;
