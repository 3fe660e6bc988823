package io.shopfloor.platform.files.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.files.entity.FileContent;
import io.shopfloor.platform.files.entity.FileOwner;
import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.platform.files.entity.StoredFile;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.users.entity.User;

/**
 * Stores an upload for a record, as the caller, in the caller's transaction. The service that
 * owns the record decides first whether the caller may attach to it; this decides whether the
 * bytes are a file Shopfloor keeps.
 */
@Dependent
public class FileStore {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_NAME = 255;
    /** Files one record may carry: enough photos for any check or issue, not a file share. */
    public static final int MAX_PER_RECORD = 20;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    public FileView store(FileOwner owner, UUID ownerId, String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "files.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "files.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = FileTypes.sniff(bytes).orElseThrow(() -> InvalidInputException.of("file", "files.notAccepted"));
        if (list(owner, ownerId).size() >= MAX_PER_RECORD) {
            throw InvalidInputException.of("file", "files.tooMany", MAX_PER_RECORD);
        }
        StoredFile file = new StoredFile(caller.tenantId(), owner, ownerId, storableName(name, type), type, bytes.length,
                sha256(bytes), caller.userId());
        em.persist(file);
        em.flush();
        byte[] thumbnail = type.startsWith("image/") ? Thumbnails.of(bytes).orElse(null) : null;
        em.persist(new FileContent(file, bytes, thumbnail));
        em.flush();
        em.refresh(file);
        return view(file, thumbnail != null);
    }

    /** The files of a record, oldest first, without their bytes. */
    public List<FileView> list(FileOwner owner, UUID ownerId) {
        return list(owner, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    /** The files of several records of one kind (record id to its files, oldest first), in two queries. */
    public Map<UUID, List<FileView>> list(FileOwner owner, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT f, u.displayName FROM StoredFile f, User u"
                        + " WHERE u.id = f.uploadedBy AND f.owner = :owner AND f.ownerId IN :ids ORDER BY f.uploadedAt, f.name", Object[].class)
                .setParameter("owner", owner).setParameter("ids", ownerIds)
                .getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Set<UUID> withThumbnail = Set.copyOf(em.createQuery("SELECT c.fileId FROM FileContent c WHERE c.fileId IN :ids AND c.thumbnail IS NOT NULL", UUID.class)
                .setParameter("ids", rows.stream().map(row -> ((StoredFile) row[0]).getId()).toList())
                .getResultList());
        Map<UUID, List<FileView>> files = new HashMap<>();
        for (Object[] row : rows) {
            StoredFile file = (StoredFile) row[0];
            files.computeIfAbsent(file.getOwnerId(), id -> new ArrayList<>())
                    .add(view(file, (String) row[1], withThumbnail.contains(file.getId())));
        }
        return files;
    }

    private FileView view(StoredFile file, boolean hasThumbnail) {
        User uploader = em.find(User.class, file.getUploadedBy());
        return view(file, uploader == null ? null : uploader.getDisplayName(), hasThumbnail);
    }

    static FileView view(StoredFile f, String uploadedByName, boolean hasThumbnail) {
        return new FileView(f.getId(), f.getOwner(), f.getOwnerId(), f.getName(), f.getContentType(), f.getSizeBytes(),
                HexFormat.of().formatHex(f.getSha256()), uploadedByName, f.getUploadedAt(), hasThumbnail);
    }

    /**
     * The name as the database keeps it: no folders (a browser may send a whole path), no control
     * characters or slashes, at most 255 characters; a file without a usable name is named for its type.
     */
    static String storableName(String given, String type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file." + type.substring(type.indexOf('/') + 1);
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
