/** A file's metadata and its bytes (apart, so lists never load bytes), and the records files belong to. */
package io.shopfloor.platform.files.entity;
