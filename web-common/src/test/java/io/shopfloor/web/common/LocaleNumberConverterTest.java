package io.shopfloor.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers are read and written the page's way, and a number written the other way is refused, never misread. */
class LocaleNumberConverterTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void englishAndVietnameseWriteDecimalsTheirOwnWay() {
        assertThat(LocaleNumberConverter.write(new BigDecimal("12.5"), 1, Locale.ENGLISH)).isEqualTo("12.5");
        assertThat(LocaleNumberConverter.write(new BigDecimal("12.5"), 1, VIETNAMESE)).isEqualTo("12,5");
        assertThat(LocaleNumberConverter.write(new BigDecimal("2499"), 2, Locale.ENGLISH)).as("no grouping in an input").isEqualTo("2499.00");
    }

    @Test
    void readingIsStrictSoTheOtherWayIsRefusedNotMisread() {
        assertThat(LocaleNumberConverter.read("12.5", Locale.ENGLISH)).isEqualByComparingTo("12.5");
        assertThat(LocaleNumberConverter.read(" 12,5 ", VIETNAMESE)).isEqualByComparingTo("12.5");
        assertThat(LocaleNumberConverter.read("12.5", VIETNAMESE)).as("would be 125 with grouping").isNull();
        assertThat(LocaleNumberConverter.read("1,500", Locale.ENGLISH)).as("grouping is not read").isNull();
        assertThat(LocaleNumberConverter.read("three", Locale.ENGLISH)).isNull();
        assertThat(LocaleNumberConverter.read("0.1", Locale.ENGLISH)).as("exact, no double").isEqualTo(new BigDecimal("0.1"));
    }
}
