/** What the gate needs of a batch, the views the quality services answer with, and the issue a failed check opens. */
package io.shopfloor.quality.control;
