package io.shopfloor.platform.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    @Test
    void knownColumnsHaveTheirNamesAndOthersAreSpelledOut() {
        assertThat(FieldLabels.of("display_name").english()).isEqualTo("Name");
        assertThat(FieldLabels.of("customer_id").english()).isEqualTo("Customer");
        assertThat(FieldLabels.of("scrap_rate").english()).isEqualTo("Scrap rate");
        assertThat(FieldLabels.of("notes").english()).isEqualTo("Notes");
    }
}
