package io.shopfloor.web.screens.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.shopfloor.quality.entity.PChart;
import io.shopfloor.quality.entity.QualityFigures;
import io.shopfloor.quality.entity.QualityFigures.ProductYield;
import io.shopfloor.quality.entity.QualityFigures.StageRate;
import io.shopfloor.quality.entity.SlaStatus;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.screens.ChartJs;

/** The quality dashboard's charts as Chart.js configurations ({@link ChartJs}); shares are shown in per cent. */
final class QualityCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    private QualityCharts() {
    }

    /** Checks completed per day, passed and failed stacked. */
    static String checksPerDay(QualityFigures figures, Locale locale) {
        JsonArrayBuilder passed = Json.createArrayBuilder();
        JsonArrayBuilder failed = Json.createArrayBuilder();
        figures.checksPerDay().forEach(day -> {
            passed.add(day[1]);
            failed.add(day[0] - day[1]);
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Texts.in(locale, "qualityDashboard.passed")).add("data", passed).add("backgroundColor", ChartJs.GREEN))
                .add(Json.createObjectBuilder().add("label", Texts.in(locale, "qualityDashboard.failed")).add("data", failed).add("backgroundColor", ChartJs.RED));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        return ChartJs.script(ChartJs.chart("bar", days(figures, locale), datasets, scales, true));
    }

    /** Share of checks passed per stage over the period. */
    static String passRatePerStage(QualityFigures figures, Locale locale) {
        List<StageRate> stages = figures.passRatePerStage();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        stages.forEach(stage -> {
            labels.add(stage.stageName());
            rates.add(percent(stage.passRate()));
        });
        return ChartJs.script(ChartJs.chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Texts.in(locale, "qualityDashboard.passRate")).add("data", rates).add("backgroundColor", ChartJs.BLUE)),
                percentAxis(), false));
    }

    /** First-pass yield per product over the period. */
    static String firstPassYield(QualityFigures figures, Locale locale) {
        List<ProductYield> products = figures.firstPassYield();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder yields = Json.createArrayBuilder();
        products.forEach(product -> {
            labels.add(product.productName());
            yields.add(percent(product.yield()));
        });
        return ChartJs.script(ChartJs.chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Texts.in(locale, "qualityDashboard.firstPassYield")).add("data", yields).add("backgroundColor", ChartJs.GREEN)),
                percentAxis(), false));
    }

    /** Open issues on track, at risk and overdue. */
    static String openIssues(QualityFigures figures, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (SlaStatus status : List.of(SlaStatus.ON_TRACK, SlaStatus.AT_RISK, SlaStatus.OVERDUE)) {
            labels.add(status.label().in(locale));
            counts.add(figures.openIssues(status));
            colours.add(status == SlaStatus.ON_TRACK ? ChartJs.GREEN : status == SlaStatus.AT_RISK ? ChartJs.AMBER : ChartJs.RED);
        }
        JsonObjectBuilder scales = Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        return ChartJs.script(ChartJs.chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Texts.in(locale, "qualityDashboard.openIssues")).add("data", counts).add("backgroundColor", colours)), scales, false));
    }

    /** The p-chart: each day's share of failed checks, the centre line and each day's 3-sigma limits. */
    static String pChart(QualityFigures figures, Locale locale) {
        PChart chart = figures.failedShare();
        JsonArrayBuilder share = Json.createArrayBuilder();
        JsonArrayBuilder centre = Json.createArrayBuilder();
        JsonArrayBuilder upper = Json.createArrayBuilder();
        JsonArrayBuilder lower = Json.createArrayBuilder();
        for (int i = 0; i < chart.share().size(); i++) {
            addPercent(share, chart.share().get(i));
            centre.add(percent(chart.centre()));
            addPercent(upper, chart.upper().get(i));
            addPercent(lower, chart.lower().get(i));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(Texts.in(locale, "qualityDashboard.failedShare"), share, ChartJs.BLUE).add("pointRadius", 3))
                .add(line(Texts.in(locale, "qualityDashboard.centre"), centre, ChartJs.GREY).add("pointRadius", 0))
                .add(line(Texts.in(locale, "qualityDashboard.upperLimit"), upper, ChartJs.RED).add("pointRadius", 0).add("stepped", "middle")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)))
                .add(line(Texts.in(locale, "qualityDashboard.lowerLimit"), lower, ChartJs.RED).add("pointRadius", 0).add("stepped", "middle")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        return ChartJs.script(ChartJs.chart("line", days(figures, locale), datasets, percentAxis(), true));
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour).add("backgroundColor", colour)
                .add("fill", false).add("spanGaps", false);
    }

    private static JsonArrayBuilder days(QualityFigures figures, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (LocalDate day : figures.days()) {
            labels.add(DAY.withLocale(locale).format(day));
        }
        return labels;
    }

    private static JsonObjectBuilder percentAxis() {
        return Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100));
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private static void addPercent(JsonArrayBuilder array, Double share) {
        if (share == null) {
            array.addNull();
        } else {
            array.add(percent(share));
        }
    }
}
