package io.shopfloor.quality.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PChartTest {

    @Test
    void limitsComeFromEachDaysOwnNumberOfChecks() {
        // 10 failed of 200 checks: p̄ = 0.05.
        PChart chart = PChart.of(new long[] {100, 25, 75}, new long[] {4, 2, 4});
        assertThat(chart.centre()).isCloseTo(0.05, within(1e-12));
        double sigma100 = Math.sqrt(0.05 * 0.95 / 100);
        assertThat(chart.upper().get(0)).isCloseTo(0.05 + 3 * sigma100, within(1e-12));
        assertThat(chart.lower().get(0)).as("clipped at zero").isEqualTo(0.0);
        double sigma25 = Math.sqrt(0.05 * 0.95 / 25);
        assertThat(chart.upper().get(1)).as("a smaller day has wider limits").isCloseTo(0.05 + 3 * sigma25, within(1e-12));
        assertThat(chart.share()).containsExactly(0.04, 0.08, 4.0 / 75);
        assertThat(chart.outOfControl()).isEmpty();
    }

    @Test
    void aDayWithoutChecksHasNoPointAndADayFarAboveTheLimitIsOutOfControl() {
        PChart chart = PChart.of(new long[] {400, 0, 400, 400}, new long[] {8, 0, 8, 40});
        assertThat(chart.share().get(1)).isNull();
        assertThat(chart.upper().get(1)).isNull();
        assertThat(chart.outOfControl()).containsExactly(3);
    }

    @Test
    void noChecksAtAllGiveAFlatZeroCentre() {
        PChart chart = PChart.of(new long[] {0, 0}, new long[] {0, 0});
        assertThat(chart.centre()).isZero();
        assertThat(chart.share()).containsExactly(null, null);
    }
}
