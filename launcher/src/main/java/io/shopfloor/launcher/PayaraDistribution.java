package io.shopfloor.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Payara Server distribution (fish.payara.distributions:payara zip, a Maven dependency) and
 * its unpacked installation.
 */
public final class PayaraDistribution {

    /** The zip's top-level directory. */
    private static final String TOP_DIRECTORY = "payara6";
    private static final String INSTALLED_FROM = ".shopfloor-installed-from";

    private PayaraDistribution() {
    }

    /** The Payara version this build was made with (the parent POM's payara.version). */
    public static String version() {
        return buildProperties().getProperty("payara.version");
    }

    /**
     * The distribution zip: the system property {@code shopfloor.payara.zip} (the run profile sets
     * it from the Maven dependency), else the one in the local Maven repository.
     */
    public static Path locateZip() {
        String configured = System.getProperty("shopfloor.payara.zip");
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            return requireFile(Path.of(configured));
        }
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String version = version();
        return requireFile(Path.of(repository, "fish", "payara", "distributions", "payara", version,
                "payara-" + version + ".zip"));
    }

    /**
     * Unpacks {@code zip} so that its payara6 directory becomes {@code installDirectory}, unless
     * that was already done from the same zip. A different zip (another Payara version) replaces
     * the installation, domains inside it included.
     */
    public static Path install(Path zip, Path installDirectory) {
        Path marker = installDirectory.resolve(INSTALLED_FROM);
        String source = zip.getFileName().toString();
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(source)) {
                return installDirectory;
            }
            if (Files.exists(installDirectory)) {
                System.out.println("Replacing the Payara Server in " + installDirectory + " with " + source);
                deleteRecursively(installDirectory);
            }
            Path parent = installDirectory.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Unpack beside the target and move it in place at the end: an interrupted unpack never
            // looks like an installation.
            Path unpacking = Files.createTempDirectory(parent, ".payara-unpacking-");
            try {
                unzip(zip, unpacking);
                Path unpacked = unpacking.resolve(TOP_DIRECTORY);
                if (!Files.isDirectory(unpacked)) {
                    throw new IllegalStateException(zip + " has no " + TOP_DIRECTORY + "/ directory");
                }
                Files.writeString(unpacked.resolve(INSTALLED_FROM), source + "\n");
                Files.move(unpacked, installDirectory, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteRecursively(unpacking);
            }
            return installDirectory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install Payara Server from " + zip + " into " + installDirectory, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Refusing to unpack an entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, destination);
                }
                // java.util.zip does not carry Unix modes; scripts must stay runnable for operators.
                String name = destination.getFileName().toString();
                if (destination.getParent().getFileName().toString().equals("bin") || name.endsWith(".sh")) {
                    destination.toFile().setExecutable(true);
                }
            }
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path requireFile(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Payara Server distribution is not at " + zip
                    + ". Run through the run profile (mvn -Prun ...), which resolves it from Maven Central,"
                    + " or set the system property shopfloor.payara.zip.");
        }
        return zip;
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = PayaraDistribution.class.getResourceAsStream("launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("io/shopfloor/launcher/launcher.properties is missing from the launcher jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
