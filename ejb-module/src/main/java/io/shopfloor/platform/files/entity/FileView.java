package io.shopfloor.platform.files.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file as lists show it: never its bytes. */
public record FileView(UUID id, FileOwner owner, UUID ownerId, String name, String contentType, long sizeBytes,
        String sha256, String uploadedByName, OffsetDateTime uploadedAt, boolean hasThumbnail) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
