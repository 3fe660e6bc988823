package io.shopfloor.platform.customfields.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.shopfloor.platform.messages.Message;

import io.shopfloor.platform.customfields.entity.FieldDefinition;
import io.shopfloor.platform.customfields.entity.FieldType;
import io.shopfloor.platform.errors.InvalidInputException;

class CustomFieldRulesTest {

    @Test
    void textIsTrimmedAndHeldToLengthAndPattern() {
        FieldDefinition serial = field("serial", FieldType.TEXT, "3", "8", "[A-Z]{2}-\\d+");
        assertThat(check(serial, "  AB-123 ")).isEqualTo("AB-123");
        assertRefused(serial, "AB", "Serial must be at least 3 characters");
        assertRefused(serial, "AB-123456", "Serial must be at most 8 characters");
        assertRefused(serial, "ab-12", "Serial does not have the expected form");
        assertRefused(serial, 42, "Serial must be text");
    }

    @Test
    void longTextHasItsOwnCeiling() {
        FieldDefinition notes = field("notes", FieldType.LONG_TEXT, null, null, null);
        assertThat(check(notes, "x".repeat(CustomFieldRules.LONG_TEXT_MAX))).asString().hasSize(CustomFieldRules.LONG_TEXT_MAX);
        assertRefused(notes, "x".repeat(CustomFieldRules.LONG_TEXT_MAX + 1), "Notes must be at most 10,000 characters");
        assertRefused(field("short", FieldType.TEXT, null, null, null), "x".repeat(CustomFieldRules.TEXT_MAX + 1),
                "Short must be at most 500 characters");
    }

    @Test
    void integersAreWholeNumbersWithinRange() {
        FieldDefinition quantity = field("quantity", FieldType.INTEGER, "1", "100", null);
        assertThat(check(quantity, 12)).isEqualTo(12L);
        assertThat(check(quantity, "7")).isEqualTo(7L);
        assertThat(check(quantity, new BigDecimal("3.00"))).isEqualTo(3L);
        assertRefused(quantity, "2.5", "Quantity must be a whole number");
        assertRefused(quantity, "many", "Quantity must be a whole number");
        assertRefused(quantity, 0, "Quantity must be at least 1");
        assertRefused(quantity, 101, "Quantity must be at most 100");
        assertRefused(quantity, true, "Quantity must be a whole number");
    }

    @Test
    void decimalsKeepTheirPrecisionWithinRange() {
        FieldDefinition weight = field("weight", FieldType.DECIMAL, "0.1", "9.9", null);
        assertThat(check(weight, "0.35")).isEqualTo(new BigDecimal("0.35"));
        assertRefused(weight, "0.05", "Weight must be at least 0.1");
        assertRefused(weight, "10", "Weight must be at most 9.9");
        assertRefused(weight, "heavy", "Weight must be a number");
    }

    @Test
    void datesAreIsoDatesWithinRange() {
        FieldDefinition ship = field("ship", FieldType.DATE, "2026-01-01", "2027-12-31", null);
        assertThat(check(ship, "2026-12-24")).isEqualTo("2026-12-24");
        assertRefused(ship, "24.12.2026", "Ship must be a date like 2026-12-31");
        assertRefused(ship, "2025-12-31", "Ship must be on or after 2026-01-01");
        assertRefused(ship, "2028-01-01", "Ship must be on or before 2027-12-31");
    }

    @Test
    void booleansAreYesOrNo() {
        FieldDefinition gift = field("gift", FieldType.BOOLEAN, null, null, null);
        assertThat(check(gift, true)).isEqualTo(true);
        assertThat(check(gift, "false")).isEqualTo(false);
        assertRefused(gift, "maybe", "Gift must be yes or no");
    }

    @Test
    void singleSelectsTakeOneOfTheOptions() {
        FieldDefinition wood = select("wood", FieldType.SINGLE_SELECT, null, null, "walnut", "cherry");
        assertThat(check(wood, "cherry")).isEqualTo("cherry");
        assertRefused(wood, "oak", "Wood must be one of: walnut, cherry");
    }

    @Test
    void multiSelectsTakeDistinctOptionsInCountLimits() {
        FieldDefinition extras = select("extras", FieldType.MULTI_SELECT, "1", "2", "case", "cable", "stand");
        assertThat(check(extras, List.of("case", "cable", "case"))).isEqualTo(List.of("case", "cable"));
        assertRefused(extras, List.of("case", "cable", "stand"), "Extras allows at most 2 choices");
        assertRefused(extras, List.of("case", "gold"), "Extras offers no choice 'gold'; choose from: case, cable, stand");
        assertRefused(extras, "case", "Extras must be a list of choices");
    }

    @Test
    void emailsAndUrlsMustLookRight() {
        FieldDefinition contact = field("contact", FieldType.EMAIL, null, null, null);
        assertThat(check(contact, " buyer@acme.example ")).isEqualTo("buyer@acme.example");
        assertRefused(contact, "buyer@", "Contact must be an e-mail address");
        FieldDefinition site = field("site", FieldType.URL, null, null, null);
        assertThat(check(site, "https://acme.example/orders?id=1")).isEqualTo("https://acme.example/orders?id=1");
        assertRefused(site, "javascript:alert(1)", "Site must be a web address starting with http:// or https://");
        assertRefused(site, "acme.example", "Site must be a web address starting with http:// or https://");
    }

    @Test
    void requiredFieldsMustHaveAValueAndEmptyOptionalOnesAreDropped() {
        FieldDefinition wood = new FieldDefinition("wood", "Wood", FieldType.SINGLE_SELECT, true, List.of("walnut"), null, null, null, true);
        FieldDefinition note = field("note", FieldType.TEXT, null, null, null);
        assertThatThrownBy(() -> CustomFieldRules.check(List.of(wood, note), Map.of("note", "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("customFields.wood", "Wood is required")));
        assertThat(CustomFieldRules.check(List.of(wood, note), Map.of("wood", "walnut", "note", " "))).containsExactly(Map.entry("wood", "walnut"));
    }

    @Test
    void unknownAndInactiveKeysAreRefusedAndEveryErrorIsReportedAtOnce() {
        FieldDefinition retired = new FieldDefinition("legacy", "Legacy", FieldType.TEXT, false, null, null, null, null, false);
        FieldDefinition quantity = field("quantity", FieldType.INTEGER, "1", null, null);
        Map<String, Object> input = new HashMap<>();
        input.put("legacy", "old");
        input.put("colour", "red");
        input.put("quantity", 0);
        assertThatThrownBy(() -> CustomFieldRules.check(List.of(retired, quantity), input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnly(
                        Map.entry("customFields.legacy", "legacy is not a field here"),
                        Map.entry("customFields.colour", "colour is not a field here"),
                        Map.entry("customFields.quantity", "Quantity must be at least 1")));
    }

    @Test
    void aDeactivatedFieldKeepsItsStoredValueThroughAChange() {
        FieldDefinition retired = new FieldDefinition("legacy", "Legacy", FieldType.TEXT, false, null, null, null, null, false);
        FieldDefinition quantity = field("quantity", FieldType.INTEGER, null, null, null);
        Map<String, Object> stored = Map.of("legacy", "kept", "quantity", 1L);
        assertThat(CustomFieldRules.check(List.of(retired, quantity), Map.of("quantity", 2), stored))
                .as("left out").containsOnly(Map.entry("quantity", 2L), Map.entry("legacy", "kept"));
        assertThat(CustomFieldRules.check(List.of(retired, quantity), Map.of("legacy", "kept", "quantity", 2), stored))
                .as("echoed unchanged").containsOnly(Map.entry("quantity", 2L), Map.entry("legacy", "kept"));
        assertThatThrownBy(() -> CustomFieldRules.check(List.of(retired, quantity), Map.of("legacy", "changed"), stored))
                .as("changed").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("customFields.legacy"));
    }

    @Test
    void patternsThatCannotBeMatchedInLinearTimeAreRefusedWhenDefined() {
        assertThat(english(CustomFieldRules.definitionErrors(field("code", FieldType.TEXT, null, null, "(a)\\1"))))
                .as("a back-reference").containsKey("pattern");
        assertThat(english(CustomFieldRules.definitionErrors(field("code", FieldType.TEXT, null, null, "(?=a)a"))))
                .as("a look-ahead").containsKey("pattern");
        assertThat(english(CustomFieldRules.definitionErrors(field("code", FieldType.TEXT, null, null, "^(a|aa)+$")))).isEmpty();
    }

    @Test
    void aPatternThatBacktracksExponentiallyElsewhereIsMatchedInLinearTime() {
        FieldDefinition code = field("code", FieldType.TEXT, null, null, "^(a|aa)+$");
        // A backtracking matcher (java.util.regex) needs about 1.6^n steps for this text; a linear one answers at once.
        String hostile = "a".repeat(400) + "!";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertRefused(code, hostile, "Code does not have the expected form");
            return check(code, "a".repeat(400));
        })).isEqualTo("a".repeat(400));
    }

    @Test
    void definitionsThemselvesAreChecked() {
        assertThat(english(CustomFieldRules.definitionErrors(field("qty", FieldType.INTEGER, "10", "5", null))))
                .containsEntry("max", "must not be less than the minimum");
        assertThat(english(CustomFieldRules.definitionErrors(field("qty", FieldType.DECIMAL, "one", null, null))))
                .containsEntry("min", "must be a number");
        assertThat(english(CustomFieldRules.definitionErrors(field("due", FieldType.DATE, "2026-12-31", "2026-01-01", null))))
                .containsEntry("max", "must not be before the minimum");
        assertThat(english(CustomFieldRules.definitionErrors(field("code", FieldType.TEXT, "-1", null, "[unclosed"))))
                .containsEntry("min", "must not be negative")
                .hasEntrySatisfying("pattern", m -> assertThat(m).startsWith("is not a regular expression Shopfloor can match in linear time"));
        assertThat(english(CustomFieldRules.definitionErrors(field("ok", FieldType.BOOLEAN, "1", null, null))))
                .containsEntry("min", "does not apply to this type");
        assertThat(english(CustomFieldRules.definitionErrors(field("site", FieldType.URL, null, null, ".*"))))
                .containsEntry("pattern", "applies to text fields only");
        assertThat(english(CustomFieldRules.definitionErrors(select("finish", FieldType.SINGLE_SELECT, null, null))))
                .containsEntry("options", "are required for a select field");
        assertThat(english(CustomFieldRules.definitionErrors(select("finish", FieldType.MULTI_SELECT, null, null, "red", "red"))))
                .containsEntry("options", "must be different from each other");
        assertThat(english(CustomFieldRules.definitionErrors(select("finish", FieldType.SINGLE_SELECT, null, null, "matte", "gloss")))).isEmpty();
    }

    @Test
    void filterValuesTakeTheFormTheLookupTableHolds() {
        assertThat(CustomFieldRules.filterText(field("price", FieldType.DECIMAL, null, null, null), "12.50")).isEqualTo("12.5");
        assertThat(CustomFieldRules.filterText(field("price", FieldType.DECIMAL, null, null, null), "100")).isEqualTo("100");
        assertThat(CustomFieldRules.filterText(field("qty", FieldType.INTEGER, "5", null, null), "3"))
                .as("limits are for values entered, not for filters").isEqualTo("3");
        assertThat(CustomFieldRules.filterText(field("rush", FieldType.BOOLEAN, null, null, null), "TRUE")).isEqualTo("true");
        assertThat(CustomFieldRules.filterText(field("due", FieldType.DATE, null, null, null), "2026-03-01")).isEqualTo("2026-03-01");
        assertThat(CustomFieldRules.filterText(select("tags", FieldType.MULTI_SELECT, null, null, "red", "blue"), "blue")).isEqualTo("blue");
        assertThatThrownBy(() -> CustomFieldRules.filterText(select("tags", FieldType.MULTI_SELECT, null, null, "red"), "green"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("must be one of");
        assertThat(CustomFieldRules.filterText(field("rush", FieldType.BOOLEAN, null, null, null), "Yes"))
                .as("lists show yes and no").isEqualTo("true");
        assertThatThrownBy(() -> CustomFieldRules.filterText(field("price", FieldType.DECIMAL, null, null, null), "1e999999999"))
                .as("refused before it is written out as a billion digits")
                .isInstanceOf(IllegalArgumentException.class).hasMessage("must have at most 30 digits before and after the point");
        assertThatThrownBy(() -> CustomFieldRules.filterText(field("qty", FieldType.INTEGER, null, null, null), "ten"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("must be a whole number");
    }

    private static FieldDefinition field(String key, FieldType type, String min, String max, String pattern) {
        return new FieldDefinition(key, label(key), type, false, null, min, max, pattern, true);
    }

    private static FieldDefinition select(String key, FieldType type, String min, String max, String... options) {
        return new FieldDefinition(key, label(key), type, false, List.of(options), min, max, null, true);
    }

    private static String label(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static Object check(FieldDefinition definition, Object value) {
        return CustomFieldRules.check(List.of(definition), Map.of(definition.key(), value)).get(definition.key());
    }

    private static void assertRefused(FieldDefinition definition, Object value, String message) {
        ThrowingCallable write = () -> check(definition, value);
        assertThatThrownBy(write).as("%s = %s", definition.key(), value)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("customFields." + definition.key(), message)));
    }

    private static Map<String, String> english(Map<String, Message> messages) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        messages.forEach((field, message) -> texts.put(field, message.english()));
        return texts;
    }
}
