/** Uploading, listing and serving files. */
package io.shopfloor.platform.files.boundary;
