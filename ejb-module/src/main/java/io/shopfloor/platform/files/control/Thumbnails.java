package io.shopfloor.platform.files.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Thumbnails made on the server (PNG, at most {@value #SIZE} pixels a side) with the JDK's image
 * reader. An image is measured before it is decoded, so a small file that unpacks into a huge
 * picture is not decoded at all; an image the JDK cannot read (WebP) simply has no thumbnail.
 */
public final class Thumbnails {

    public static final int SIZE = 240;
    /** 50 megapixels: any camera's photo, not a decompression bomb. */
    static final long MAX_PIXELS = 50_000_000L;

    private Thumbnails() {
    }

    public static Optional<byte[]> of(byte[] image) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.of(scaled(reader.read(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // A broken image is still stored as uploaded; it is only not previewed.
            return Optional.empty();
        }
    }

    private static byte[] scaled(BufferedImage source) throws IOException {
        double scale = Math.min(1.0, (double) SIZE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(target, "png", out);
        return out.toByteArray();
    }
}
