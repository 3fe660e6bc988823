package io.shopfloor.platform.files.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** What an upload is, decided by its bytes, and the thumbnail made of it. */
class FileTypesTest {

    @Test
    void imagesAndPdfAreTakenByTheirBytesAndNothingElse() throws IOException {
        assertThat(FileTypes.sniff(image("png", 10, 10))).contains("image/png");
        assertThat(FileTypes.sniff(image("jpg", 10, 10))).contains("image/jpeg");
        assertThat(FileTypes.sniff(image("gif", 10, 10))).contains("image/gif");
        assertThat(FileTypes.sniff("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(FileTypes.sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .as("a page named photo.png is still a page").isEmpty();
        assertThat(FileTypes.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes(StandardCharsets.UTF_8)))
                .as("SVG carries scripts").isEmpty();
        assertThat(FileTypes.sniff(new byte[] {'P', 'K', 3, 4, 0, 0})).as("an archive").isEmpty();
    }

    @Test
    void aThumbnailFitsItsSquareAndKeepsTheShape() throws IOException {
        byte[] thumbnail = Thumbnails.of(image("jpg", 1200, 600)).orElseThrow();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(read.getWidth()).isEqualTo(Thumbnails.SIZE);
        assertThat(read.getHeight()).isEqualTo(Thumbnails.SIZE / 2);
        assertThat(FileTypes.sniff(thumbnail)).contains("image/png");
        assertThat(Thumbnails.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).as("no thumbnail of a PDF").isEmpty();
        try (InputStream webp = FileTypesTest.class.getResourceAsStream("gradient-40x30.webp")) {
            byte[] bytes = webp.readAllBytes();
            assertThat(FileTypes.sniff(bytes)).contains("image/webp");
            BufferedImage small = ImageIO.read(new ByteArrayInputStream(Thumbnails.of(bytes).orElseThrow()));
            assertThat(small.getWidth()).as("a WebP photo gets its thumbnail, at its own size when smaller").isEqualTo(40);
            assertThat(small.getHeight()).isEqualTo(30);
        }
        assertThat(Thumbnails.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})).as("a broken image is not previewed").isEmpty();
    }

    @Test
    void aStoredNameHasNoFoldersNorControlCharacters() {
        assertThat(FileStore.storableName("C:\\Users\\wes\\grain.jpg", "image/jpeg")).isEqualTo("grain.jpg");
        assertThat(FileStore.storableName("../../etc/passwd\u0000.png", "image/png")).isEqualTo("passwd.png");
        assertThat(FileStore.storableName("  ", "image/webp")).isEqualTo("file.webp");
        assertThat(FileStore.storableName("x".repeat(300) + ".pdf", "application/pdf")).hasSize(FileStore.MAX_NAME).endsWith(".pdf");
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
