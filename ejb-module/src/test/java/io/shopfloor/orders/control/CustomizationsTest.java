package io.shopfloor.orders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.errors.InvalidInputException;

class CustomizationsTest {

    @Test
    void keepsPlainValuesInTheirOrderAndDropsEmptyOnes() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put(" engraving ", " A.B. ");
        given.put("cable_m", 2.5);
        given.put("balanced", true);
        given.put("note", "");
        given.put("", "");
        given.put("pads", null);
        Map<String, Object> cut = Customizations.check(given);
        assertThat(cut).containsExactly(Map.entry("engraving", "A.B."), Map.entry("cable_m", 2.5), Map.entry("balanced", true));
        assertThat(Customizations.check(null)).isEmpty();
    }

    @Test
    void refusesNestingNamelessValuesAndDuplicatesOnTheField() {
        assertRefused(Map.of("pads", List.of("a", "b")), "not a list or an object");
        assertRefused(Map.of("pads", Map.of("a", 1)), "not a list or an object");
        assertRefused(Map.of(" ", "lonely value"), "needs a name");
        Map<String, Object> twice = new LinkedHashMap<>();
        twice.put("finish", "gloss");
        twice.put(" finish", "matte");
        assertRefused(twice, "given twice");
        assertRefused(Map.of("long", "x".repeat(Customizations.MAX_VALUE + 1)), "longer than");
    }

    @Test
    void refusesTooMany() {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i <= Customizations.MAX_ENTRIES; i++) {
            many.put("k" + i, i);
        }
        assertRefused(many, "at most");
    }

    private static void assertRefused(Map<String, Object> given, String message) {
        assertThatThrownBy(() -> Customizations.check(given))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("customizations").hasValueSatisfying(
                                new org.assertj.core.api.Condition<>(m -> m.contains(message), message)));
    }
}
