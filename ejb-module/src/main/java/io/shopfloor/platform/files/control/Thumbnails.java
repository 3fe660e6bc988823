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
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Thumbnails made on the server (PNG, at most {@value #SIZE} pixels a side) with the JDK's image
 * readers, and TwelveMonkeys' for WebP. An image is measured before it is decoded, so a small file
 * that unpacks into a huge picture is not decoded at all.
 */
public final class Thumbnails {

    public static final int SIZE = 240;
    /** 50 megapixels: any camera's photo, not a decompression bomb. */
    static final long MAX_PIXELS = 50_000_000L;
    /**
     * Asked directly rather than registered with ImageIO: ImageIO's registry belongs to the whole
     * server, and a reader installed there from this application would outlive its undeployment.
     */
    private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

    private Thumbnails() {
    }

    public static Optional<byte[]> of(byte[] image) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = input == null ? null : readerFor(input);
            if (reader == null) {
                return Optional.empty();
            }
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

    private static ImageReader readerFor(ImageInputStream input) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (readers.hasNext()) {
            return readers.next();
        }
        return WEBP.canDecodeInput(input) ? WEBP.createReaderInstance() : null;
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
