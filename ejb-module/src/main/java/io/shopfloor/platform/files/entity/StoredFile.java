package io.shopfloor.platform.files.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file's metadata: whose record it belongs to, its name, sniffed type, size and SHA-256. */
@Entity
@Table(name = "files")
public class StoredFile {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private FileOwner owner;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private byte[] sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_at", insertable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected StoredFile() {
    }

    public StoredFile(UUID tenantId, FileOwner owner, UUID ownerId, String name, String contentType, long sizeBytes, byte[] sha256, UUID uploadedBy) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.owner = owner;
        this.ownerId = ownerId;
        this.name = name;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256.clone();
        this.uploadedBy = uploadedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public FileOwner getOwner() {
        return owner;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getSha256() {
        return sha256.clone();
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
