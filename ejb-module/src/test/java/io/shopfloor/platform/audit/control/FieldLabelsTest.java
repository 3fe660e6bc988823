package io.shopfloor.platform.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    @Test
    void knownColumnsHaveTheirNamesAndOthersAreSpelledOut() {
        assertThat(FieldLabels.of("display_name")).isEqualTo("Name");
        assertThat(FieldLabels.of("customer_id")).isEqualTo("Customer");
        assertThat(FieldLabels.of("scrap_rate")).isEqualTo("Scrap rate");
        assertThat(FieldLabels.of("notes")).isEqualTo("Notes");
    }
}
