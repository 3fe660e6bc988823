package io.shopfloor.web.screens.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.shopfloor.production.entity.DashboardFigures;
import io.shopfloor.production.entity.DashboardFigures.DayCount;
import io.shopfloor.production.entity.DashboardFigures.StageTime;
import io.shopfloor.production.entity.DashboardFigures.WeekCount;

import io.shopfloor.web.common.Texts;
import io.shopfloor.web.screens.ChartJs;

/**
 * The production dashboard's charts as Chart.js configurations ({@link ChartJs}).
 */
final class DashboardCharts {

    static final String BLUE = ChartJs.BLUE;
    static final String GREY = ChartJs.GREY;
    static final String RED = ChartJs.RED;
    static final String GREEN = ChartJs.GREEN;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM");

    private DashboardCharts() {
    }

    /** Incomplete batches at each stage: bars. */
    static String activeBatchesPerStage(DashboardFigures figures, Locale locale) {
        var counts = figures.activeBatchesPerStage();
        return ChartJs.script(chart("bar", labels(counts, DashboardFigures.StageCount::stageName),
                Json.createArrayBuilder().add(dataset(Texts.in(locale, "chart.activeBatches"), counts.stream().map(c -> (Number) c.count()).toList(), BLUE)),
                false));
    }

    /** Open orders overdue (a red bar of its own), then due on each of the next days. */
    static String ordersDue(DashboardFigures figures, Locale locale) {
        List<DayCount> days = figures.ordersDueNextDays();
        JsonArrayBuilder labels = Json.createArrayBuilder().add(Texts.in(locale, "chart.overdue"));
        JsonArrayBuilder data = Json.createArrayBuilder().add(figures.overdueOrders());
        JsonArrayBuilder colours = Json.createArrayBuilder().add(RED);
        for (int i = 0; i < days.size(); i++) {
            labels.add(i == 0 ? Texts.in(locale, "chart.today") : DAY.withLocale(locale).format(days.get(i).day()));
            data.add(days.get(i).count());
            colours.add(BLUE);
        }
        JsonObject dataset = Json.createObjectBuilder().add("label", Texts.in(locale, "chart.openOrders")).add("data", data).add("backgroundColor", colours).build();
        return ChartJs.script(chart("bar", labels, Json.createArrayBuilder().add(dataset), false));
    }

    /** Orders completed per week, oldest week first, the current week last. */
    static String completedPerWeek(DashboardFigures figures, Locale locale) {
        List<WeekCount> weeks = figures.completedOrdersPerWeek();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            labels.add(i == weeks.size() - 1 ? Texts.in(locale, "chart.thisWeek")
                    : Texts.in(locale, "chart.weekOf", WEEK.withLocale(locale).format(weeks.get(i).weekStart())));
        }
        JsonObjectBuilder line = dataset(Texts.in(locale, "chart.completedOrders"), weeks.stream().map(w -> (Number) w.count()).toList(), GREEN)
                .add("borderColor", GREEN).add("tension", 0.2).add("fill", false);
        return ChartJs.script(chart("line", labels, Json.createArrayBuilder().add(line), false));
    }

    /** Average hours from start to completion per stage (last 90 days) beside the stage's estimate. */
    static String hoursPerStage(DashboardFigures figures, Locale locale) {
        List<StageTime> stages = figures.timePerStage();
        JsonArrayBuilder averages = Json.createArrayBuilder();
        JsonArrayBuilder estimates = Json.createArrayBuilder();
        for (StageTime stage : stages) {
            addOrNull(averages, stage.averageHours() == null ? null : BigDecimal.valueOf(stage.averageHours()).setScale(2, RoundingMode.HALF_UP));
            addOrNull(estimates, stage.estimatedHours());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Texts.in(locale, "chart.averageHours")).add("data", averages).add("backgroundColor", BLUE))
                .add(Json.createObjectBuilder().add("label", Texts.in(locale, "chart.estimatedHours")).add("data", estimates).add("backgroundColor", GREY));
        return ChartJs.script(chart("bar", labels(stages, StageTime::stageName), datasets, true));
    }

    private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        items.forEach(i -> labels.add(label.apply(i)));
        return labels;
    }

    private static JsonObjectBuilder dataset(String label, List<Number> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.longValue()));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static void addOrNull(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }

    /** A chart of counts (whole numbers on the axis, no legend) or, with {@code legend}, of several series of hours. */
    private static JsonObject chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (!legend) {
            y.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return ChartJs.chart(type, labels, datasets, Json.createObjectBuilder().add("y", y), legend);
    }
}
