package io.shopfloor.platform.files.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * What an upload really is, from its bytes: the browser's word and the file's name are never
 * trusted. Only images and PDF are taken (the database holds the same allow-list).
 */
public final class FileTypes {

    public static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf");

    /** Tika's detector is thread-safe; detection reads only the first bytes. */
    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** The accepted type the bytes are, or empty when they are anything else. */
    public static Optional<String> sniff(byte[] bytes) {
        try {
            String type = TIKA.detect(new ByteArrayInputStream(bytes));
            return ACCEPTED.contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
