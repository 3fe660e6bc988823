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

import io.shopfloor.orders.entity.OrderPriority;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.ProductComplexity;
import io.shopfloor.platform.types.Coded;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.QualityStatus;

/** Both languages have every text, and every text a page names exists. */
class MessagesBundleTest {

    private static final Pattern KEY_ON_A_PAGE = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

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
                if (!known.contains(keys.group(1))) {
                    missing.add(page.getFileName() + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatusPriorityAndComplexityHasItsLabel() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        check(known, "order.status.", OrderStatus.values(), missing);
        check(known, "priority.", OrderPriority.values(), missing);
        check(known, "priority.", BatchPriority.values(), missing);
        check(known, "quality.", QualityStatus.values(), missing);
        check(known, "complexity.", ProductComplexity.values(), missing);
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

    private static void check(Set<String> known, String prefix, Coded[] values, Set<String> missing) {
        for (Coded value : values) {
            if (!known.contains(prefix + value.code())) {
                missing.add(prefix + value.code());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
