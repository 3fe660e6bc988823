package io.shopfloor.web.rest.production;

/** The version of the batch or work the caller last read (advance, start, complete). */
public record VersionInput(Long version) {
}
