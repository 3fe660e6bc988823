package io.shopfloor.platform.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.shopfloor.orders.entity.OrderPriority;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.StatusChangeCause;
import io.shopfloor.platform.roles.control.PermissionCatalogue;
import io.shopfloor.orders.entity.ProductComplexity;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.types.Coded;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.quality.entity.ChecklistScope;
import io.shopfloor.quality.entity.ChecklistStatus;
import io.shopfloor.quality.entity.ItemKind;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.quality.entity.SlaStatus;

/** Both languages say everything the services say, every key a service names exists, and none is left unused. */
class ServiceMessagesTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** A key as the sources name it: a string literal of an area's keys, or a Bean Validation template. */
    private static final Pattern KEY_IN_SOURCE = Pattern.compile(
            "\"\\{?((?:orders|customers|products|production|batches|users|roles|tokens|customFields|audit|organization|security"
                    + "|passwords|input|errors|db|record|list|quality|files|people)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\\}?\"");
    /** Texts of that form that are no message: the kind of a background job. */
    private static final Set<String> NOT_MESSAGES = Set.of("audit.partitions");
    /** Keys built from a prefix and a value's code. */
    private static final List<String> BUILT = List.of("order.status.", "priority.", "quality.", "complexity.",
            "customFields.entity.", "customFields.records.", "orders.cause.", "roles.action.", "quality.checklistStatus.",
            "quality.kind.", "quality.scope.", "quality.sla.");

    @Test
    void englishAndVietnameseHaveTheSameKeys() throws IOException {
        assertThat(load("messages_vi.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_vi.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : text(name).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=") && !seen.add(line.substring(0, line.indexOf('=')).strip())) {
                    twice.add(line);
                }
            }
            assertThat(twice).as("keys defined twice in " + name).isEmpty();
        }
    }

    @Test
    void everyApostropheIsWrittenTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_vi.properties")) {
            Properties texts = load(name);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", "")).as(key + " in " + name + " (MessageFormat drops a lone apostrophe)")
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheServicesNameExistsAndEveryKeyIsNamed() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_IN_SOURCE.matcher(Files.readString(file));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        labels(named, "order.status.", OrderStatus.values());
        labels(named, "priority.", OrderPriority.values());
        labels(named, "priority.", BatchPriority.values());
        labels(named, "quality.", QualityStatus.values());
        labels(named, "complexity.", ProductComplexity.values());
        labels(named, "orders.cause.", StatusChangeCause.values());
        labels(named, "quality.", Severity.values());
        labels(named, "quality.checklistStatus.", ChecklistStatus.values());
        labels(named, "quality.kind.", ItemKind.values());
        labels(named, "quality.scope.", ChecklistScope.values());
        labels(named, "quality.sla.", SlaStatus.values());
        labels(named, "interval.", io.shopfloor.people.entity.IntervalEnd.values());
        labels(named, "skill.", io.shopfloor.people.entity.SkillLevel.values());
        labels(named, "timeCategory.", io.shopfloor.people.entity.TimeCategory.values());
        labels(named, "people.exceptionKind.", io.shopfloor.people.entity.ExceptionKind.values());
        labels(named, "people.exceptionStatus.", io.shopfloor.people.entity.ExceptionStatus.values());
        PermissionCatalogue.ACTIONS.forEach(action -> named.add("roles.action." + action));
        labels(named, "customFields.entity.", CustomFieldEntity.values());
        labels(named, "customFields.records.", CustomFieldEntity.values());
        named.removeAll(NOT_MESSAGES);
        assertThat(named).hasSizeGreaterThan(150);
        assertThat(new TreeSet<>(named)).as("keys the services name that the bundle lacks")
                .filteredOn(key -> !known.contains(key) && BUILT.stream().noneMatch(key::equals)).isEmpty();
        // Keys the web modules name (their own field messages) are named there; the rest must be used here.
        Set<String> unused = new TreeSet<>(known);
        unused.removeAll(named);
        unused.removeAll(namedIn(Path.of("../web-module/src/main/java")));
        unused.removeAll(namedIn(Path.of("../web-common/src/main/java")));
        assertThat(unused).as("keys nothing names").isEmpty();
    }

    @Test
    void messagesRenderInBothLanguages() {
        NotFoundException missing = new NotFoundException("record.order", "SO-1");
        assertThat(missing.getMessage()).isEqualTo("Order SO-1 was not found.");
        assertThat(missing.messageIn(VIETNAMESE)).isEqualTo("Đơn hàng SO-1 không tồn tại.");
        Message illegal = Message.of("orders.illegalTransition", "SO-7", OrderStatus.PENDING, OrderStatus.SHIPPED,
                Message.list(OrderStatus.PENDING.next().stream().map(OrderStatus::label).toList()));
        assertThat(illegal.english()).isEqualTo("Order SO-7 is Pending and cannot become Shipped. Allowed next: In production, On hold.");
        assertThat(illegal.in(VIETNAMESE))
                .isEqualTo("Đơn hàng SO-7 đang ở trạng thái Chờ xử lý và không thể chuyển sang Đã giao. Có thể chuyển tiếp sang: Đang sản xuất, Tạm dừng.");
        assertThat(Message.list(List.of()).in(VIETNAMESE)).isEqualTo("không có");
        assertThat(Message.of("input.tooLong", 0, 10000).in(Locale.ENGLISH)).isEqualTo("must be at most 10,000 characters");
        assertThat(Message.of("input.tooLong", 0, 10000).in(VIETNAMESE)).isEqualTo("tối đa 10.000 ký tự");
        assertThat(Message.of("security.needsPermission", "orders:write").english())
                .isEqualTo("Your roles do not allow this: it needs the permission 'orders:write'.");
        assertThat(Message.of("no.such.key", 3).in(Locale.GERMAN)).as("a missing key shows itself").isEqualTo("no.such.key [3]");
        assertThat(Message.of("input.required").in(Locale.GERMAN)).as("a language Shopfloor does not speak gets English").isEqualTo("is required");
    }

    private static Set<String> namedIn(Path root) throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_IN_SOURCE.matcher(Files.readString(file));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        return named;
    }

    private static void labels(Set<String> named, String prefix, Coded[] values) {
        for (Coded value : values) {
            named.add(prefix + value.code());
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = Message.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = Message.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
