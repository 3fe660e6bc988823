/**
 * Files people attach to records (photos of a check's result, of an issue): stored in PostgreSQL
 * under the tenant wall, their type sniffed from the bytes, thumbnails made on the server, served
 * only to those who may read the record they belong to. Later modules register their records in
 * {@link io.shopfloor.platform.files.entity.FileOwner}.
 */
package io.shopfloor.platform.files;
