/** Sniffing what an upload is and making its thumbnail. */
package io.shopfloor.platform.files.control;
