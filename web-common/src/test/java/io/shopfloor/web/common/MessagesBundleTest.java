package io.shopfloor.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.messages.Message;


/** Both languages have every text, and every text a page names exists (in the pages' bundle or, for labels, the services'). */
class MessagesBundleTest {

    private static final Pattern KEY_ON_A_PAGE = Pattern.compile("(msg|labels)\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void englishAndVietnameseHaveTheSameKeys() throws IOException {
        assertThat(load("messages_vi.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_vi.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .forEach(key -> {
                            if (!seen.add(key)) {
                                twice.add(key);
                            }
                        });
            }
            assertThat(twice).as("keys defined twice in " + name + " (the last one wins)").isEmpty();
        }
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> labels = load(Message.class, "messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        List<Path> pages = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources/META-INF/resources"), Path.of("../web-module/src/main/webapp"),
                Path.of("../console/src/main/webapp"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".xhtml")).forEach(pages::add);
            }
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            Matcher keys = KEY_ON_A_PAGE.matcher(Files.readString(page));
            while (keys.find()) {
                if (!(keys.group(1).equals("msg") ? known : labels).contains(keys.group(2))) {
                    missing.add(page.getFileName() + ": " + keys.group(0));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesFillInTheirValuesInBothLanguages() {
        assertThat(Texts.in(java.util.Locale.ENGLISH, "board.completedBatch", "B20261202-001", 1))
                .isEqualTo("B20261202-001 completed; its order is completed.");
        assertThat(Texts.in(java.util.Locale.ENGLISH, "board.completedBatch", "B20261202-001", 2))
                .isEqualTo("B20261202-001 completed; its 2 orders are completed.");
        assertThat(Texts.in(java.util.Locale.forLanguageTag("vi"), "board.completedBatch", "B20261202-001", 2))
                .isEqualTo("B20261202-001 đã hoàn thành; 2 đơn hàng của lô đã hoàn thành.");
        assertThat(Texts.in(java.util.Locale.forLanguageTag("vi"), "tokens.created", "CI")).isEqualTo("Mã \"CI\" đã được tạo. Hãy sao chép ngay: mã sẽ không hiện lại.");
        assertThat(Texts.in(java.util.Locale.ENGLISH, "no.such.key")).as("a missing key shows itself").isEqualTo("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        return load(MessagesBundleTest.class, name);
    }

    private static Properties load(Class<?> beside, String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = beside.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
