package io.shopfloor.platform.files.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file's bytes and, for images the server can read, its thumbnail (PNG). */
@Entity
@Table(name = "file_contents")
public class FileContent {

    @Id
    @Column(name = "file_id")
    private UUID fileId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    private byte[] thumbnail;

    protected FileContent() {
    }

    public FileContent(StoredFile file, byte[] bytes, byte[] thumbnail) {
        this.fileId = file.getId();
        this.tenantId = file.getTenantId();
        this.bytes = bytes;
        this.thumbnail = thumbnail;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }
}
