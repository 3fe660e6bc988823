package io.shopfloor.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A properties file of generated secrets, readable by its owner only (mode 600). Values are
 * generated once and then kept, so they survive restarts.
 */
public final class SecretsFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final String description;

    public SecretsFile(Path file, String description) {
        this.file = file;
        this.description = description;
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Everything in the file, or nothing if there is no file yet. */
    public Map<String, String> read() {
        Map<String, String> values = new TreeMap<>();
        if (!exists()) {
            return values;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    /**
     * The values of the given keys: those already in the file, and for the others a new value from
     * their generator, written to the file before this returns.
     */
    public Map<String, String> readOrGenerate(Map<String, Supplier<String>> generators) {
        Map<String, String> stored = read();
        Map<String, String> result = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Supplier<String>> generator : generators.entrySet()) {
            String value = stored.get(generator.getKey());
            if (value == null || value.isEmpty()) {
                value = generator.getValue().get();
                stored.put(generator.getKey(), value);
                changed = true;
            }
            result.put(generator.getKey(), value);
        }
        if (changed) {
            write(stored);
        }
        return result;
    }

    /** Replaces the file's content, never letting anyone else read it, not even for a moment. */
    public void write(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temporary);
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, description);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
