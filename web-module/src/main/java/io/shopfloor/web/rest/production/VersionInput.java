package io.shopfloor.web.rest.production;

/**
 * The version of the batch or work the caller last read (advance, start, complete), and for
 * POST /batches/{id}/quality the new quality status (good, warning, critical, hold).
 */
public record VersionInput(Long version, String qualityStatus) {
}
