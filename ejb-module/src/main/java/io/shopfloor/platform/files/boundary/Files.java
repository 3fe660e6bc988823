package io.shopfloor.platform.files.boundary;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.files.control.FileStore;
import io.shopfloor.platform.files.entity.FileContent;
import io.shopfloor.platform.files.entity.FileDownload;
import io.shopfloor.platform.files.entity.FileOwner;
import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.platform.files.entity.StoredFile;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.security.control.RequiresPermission;

/**
 * Reading files: only signed-in users of the file's organization (row level security) who may
 * read the record it belongs to. Another organization's file, like a missing one, is not found.
 * Attaching is the owning record's service's business (it knows who may change the record).
 */
@Stateless
public class Files {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FileStore store;

    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public List<FileView> list(FileOwner owner, UUID ownerId) {
        requireRead(owner);
        return store.list(owner, ownerId);
    }

    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public FileView find(UUID id) {
        StoredFile file = readable(id);
        return store.list(file.getOwner(), file.getOwnerId()).stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("record.file", id));
    }

    /** The file's bytes as uploaded. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public FileDownload download(UUID id) {
        StoredFile file = readable(id);
        return new FileDownload(file.getName(), file.getContentType(), content(file).getBytes());
    }

    /** The file's thumbnail (PNG); not found for a file without one. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public FileDownload thumbnail(UUID id) {
        StoredFile file = readable(id);
        byte[] thumbnail = content(file).getThumbnail();
        if (thumbnail == null) {
            throw new NotFoundException("record.thumbnail", id);
        }
        return new FileDownload(file.getName() + ".png", "image/png", thumbnail);
    }

    private StoredFile readable(UUID id) {
        StoredFile file = Records.require(em, StoredFile.class, id, "record.file");
        requireRead(file.getOwner());
        return file;
    }

    private FileContent content(StoredFile file) {
        return Records.require(em, FileContent.class, file.getId(), "record.file");
    }

    private void requireRead(FileOwner owner) {
        if (!caller.can(owner.readPermission())) {
            throw new PermissionDeniedException(owner.readPermission(), "security.needsPermission", owner.readPermission());
        }
    }
}
