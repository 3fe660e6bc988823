package io.shopfloor.web.screens.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.shopfloor.production.entity.DashboardFigures;
import io.shopfloor.production.entity.DashboardFigures.DayCount;
import io.shopfloor.production.entity.DashboardFigures.StageCount;
import io.shopfloor.production.entity.DashboardFigures.StageTime;
import io.shopfloor.production.entity.DashboardFigures.WeekCount;

class DashboardChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final DashboardFigures figures = new DashboardFigures(
            List.of(new StageCount(UUID.randomUUID(), "Intake", 3), new StageCount(UUID.randomUUID(), "</script><b>Sanding", 1)),
            4,
            List.of(new DayCount(MONDAY, 2), new DayCount(MONDAY.plusDays(1), 0), new DayCount(MONDAY.plusDays(2), 5)),
            List.of(new WeekCount(MONDAY.minusWeeks(1), 7), new WeekCount(MONDAY, 9)),
            List.of(new StageTime(UUID.randomUUID(), "Intake", new BigDecimal("2.50"), 3.25, 4),
                    new StageTime(UUID.randomUUID(), "Sanding", null, null, 0)));

    @Test
    void activeBatchesAreOneBarPerStageAndNoNameCanCloseTheScript() {
        String cut = DashboardCharts.activeBatchesPerStage(figures, Locale.ENGLISH);

        assertThat(cut).doesNotContain("<").doesNotContain(">");
        JsonObject chart = parse(cut);
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("</script><b>Sanding");
        assertThat(data(chart, 0)).containsExactly("3", "1");
    }

    @Test
    void overdueOrdersAreABarOfTheirOwnBeforeTheNextDays() {
        JsonObject chart = parse(DashboardCharts.ordersDue(figures, Locale.ENGLISH));

        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("Overdue", "Today", "Tue 24 Nov", "Wed 25 Nov");
        assertThat(data(chart, 0)).containsExactly("4", "2", "0", "5");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("backgroundColor").getString(0))
                .isEqualTo(DashboardCharts.RED);
    }

    @Test
    void completedOrdersPerWeekEndWithThisWeek() {
        JsonObject chart = parse(DashboardCharts.completedPerWeek(figures, Locale.ENGLISH));

        assertThat(chart.getString("type")).isEqualTo("line");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("This week");
        assertThat(data(chart, 0)).containsExactly("7", "9");
    }

    @Test
    void averageHoursStandBesideTheEstimateAndAStageWithoutDataHasNoBar() {
        JsonObject chart = parse(DashboardCharts.hoursPerStage(figures, Locale.ENGLISH));

        assertThat(chart.getJsonObject("data").getJsonArray("datasets")).hasSize(2);
        assertThat(data(chart, 0)).containsExactly("3.25", "null");
        assertThat(data(chart, 1)).containsExactly("2.50", "null");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<String> data(JsonObject chart, int dataset) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(dataset).getJsonArray("data").stream()
                .map(JsonValue::toString).toList();
    }
}
