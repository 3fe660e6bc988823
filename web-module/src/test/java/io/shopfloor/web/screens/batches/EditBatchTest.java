package io.shopfloor.web.screens.batches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class EditBatchTest {

    @Test
    void timeSpentReadsAsHoursAndMinutes() {
        assertThat(EditBatch.hoursAndMinutes(null)).as("not started or not completed").isEmpty();
        assertThat(EditBatch.hoursAndMinutes(Duration.ofSeconds(59))).isEqualTo("0 min");
        assertThat(EditBatch.hoursAndMinutes(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(EditBatch.hoursAndMinutes(Duration.ofMinutes(125))).isEqualTo("2 h 05 min");
        assertThat(EditBatch.hoursAndMinutes(Duration.ofHours(30))).isEqualTo("30 h 00 min");
    }
}
