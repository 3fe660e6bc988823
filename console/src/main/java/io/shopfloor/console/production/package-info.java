/** The console's production configuration: the stages batches move through. */
package io.shopfloor.console.production;
