/** Quality in the console: checklists per stage and product, their items and versions. */
package io.shopfloor.console.quality;
