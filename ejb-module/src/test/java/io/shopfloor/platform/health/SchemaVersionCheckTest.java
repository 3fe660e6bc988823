package io.shopfloor.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaVersionCheckTest {

    @Test
    void versionsCompareNumericallyNotAsText() {
        assertThat(SchemaVersionCheck.compare("2", "10")).isNegative();
        assertThat(SchemaVersionCheck.compare("10", "9")).isPositive();
        assertThat(SchemaVersionCheck.compare("2.1", "2")).isPositive();
        assertThat(SchemaVersionCheck.compare("3", "3.0")).isZero();
    }

    @Test
    void theBuildKnowsWhichVersionItNeeds() {
        assertThat(SchemaVersionCheck.expectedVersion()).matches("\\d+(\\.\\d+)*");
    }
}
