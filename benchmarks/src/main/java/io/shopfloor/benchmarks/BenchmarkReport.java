package io.shopfloor.benchmarks;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * The benchmark report: a markdown file with the figures (and the plans as the application role
 * runs them) and a PNG chart of the latency distributions, side by side per query.
 */
final class BenchmarkReport {

    private final StringBuilder markdown = new StringBuilder();
    private final DefaultBoxAndWhiskerCategoryDataset chart = new DefaultBoxAndWhiskerCategoryDataset();

    BenchmarkReport(String title, String context) {
        markdown.append("# ").append(title).append("\n\n").append(context).append("\n");
    }

    void section(String heading, String text) {
        markdown.append("\n## ").append(heading).append("\n\n");
        if (text != null && !text.isBlank()) {
            markdown.append(text).append("\n\n");
        }
    }

    /** Benchmark 1's table: both forms, their ratio at p50 and the added p95. */
    void comparisons(List<SqlBenchmarks.Comparison> comparisons, double ratioTarget, double p95AddedTarget) {
        markdown.append("| query | RLS p50 | RLS p95 | explicit p50 | explicit p95 | p50 ratio | p95 added | targets (≤ ")
                .append(fmt(ratioTarget)).append("×, ≤ ").append(fmt(p95AddedTarget)).append(" ms) |\n|---|---|---|---|---|---|---|---|\n");
        for (SqlBenchmarks.Comparison c : comparisons) {
            double ratio = c.underRls().p50() / c.explicit().p50();
            double added = c.underRls().p95() - c.explicit().p95();
            markdown.append("| ").append(c.query().name()).append(" | ").append(ms(c.underRls().p50())).append(" | ").append(ms(c.underRls().p95()))
                    .append(" | ").append(ms(c.explicit().p50())).append(" | ").append(ms(c.explicit().p95())).append(" | ")
                    .append(fmt(ratio)).append("× | ").append(ms(added)).append(" | ")
                    .append(ratio <= ratioTarget && added <= p95AddedTarget ? "met" : "missed").append(" |\n");
            addToChart(c.underRls(), "under RLS", c.query().name());
            addToChart(c.explicit(), "BYPASSRLS, explicit tenant", c.query().name());
        }
        markdown.append('\n');
    }

    /** Single measurements with p50/p95/p99 and an optional target in milliseconds. */
    void latencies(List<Latencies> rows, Double targetMs) {
        markdown.append("| measured | samples | p50 | p95 | p99 |").append(targetMs == null ? "" : " target ≤ " + fmt(targetMs) + " ms |")
                .append("\n|---|---|---|---|---|").append(targetMs == null ? "" : "---|").append('\n');
        for (Latencies l : rows) {
            markdown.append("| ").append(l.name()).append(" | ").append(l.count()).append(" | ").append(ms(l.p50())).append(" | ")
                    .append(ms(l.p95())).append(" | ").append(ms(l.p99())).append(" |");
            if (targetMs != null) {
                markdown.append(l.p95() <= targetMs ? " met |" : " missed |");
            }
            markdown.append('\n');
        }
        markdown.append('\n');
    }

    /** Benchmark 4's statement counts: page changes first, then sorts. */
    void statements(List<ScreenBenchmarks.StatementCount> counts) {
        markdown.append("| request | requests | statements per request | page queries per request | counts per request |"
                + " target (1 page query, ≤ 1 count) |\n|---|---|---|---|---|---|\n");
        String[] names = {"page change", "sort"};
        for (int i = 0; i < counts.size(); i++) {
            ScreenBenchmarks.StatementCount c = counts.get(i);
            double pages = c.pageQueries() / (double) c.requests();
            double countQueries = c.counts() / (double) c.requests();
            markdown.append("| ").append(names[Math.min(i, names.length - 1)]).append(" | ").append(c.requests()).append(" | ")
                    .append(fmt(c.statements() / (double) c.requests())).append(" | ").append(fmt(pages)).append(" | ")
                    .append(fmt(countQueries)).append(" | ").append(pages == 1.0 && countQueries <= 1.0 ? "met" : "missed").append(" |\n");
        }
        markdown.append('\n');
    }

    /** Benchmark 3's table and the ratios against its targets. */
    void load(List<RestBenchmarks.LoadResult> wall, RestBenchmarks.LoadResult bypassed, List<RestBenchmarks.LoadResult> jdbc) {
        markdown.append("| run | requests/s | p50 | p95 | p99 | failed requests |\n|---|---|---|---|---|---|\n");
        for (List<RestBenchmarks.LoadResult> group : List.of(wall, List.of(bypassed), jdbc)) {
            for (RestBenchmarks.LoadResult r : group) {
                markdown.append("| ").append(r.name()).append(" | ").append(String.format(Locale.ROOT, "%,.0f", r.throughput())).append(" | ")
                        .append(ms(r.p50())).append(" | ").append(ms(r.p95())).append(" | ").append(ms(r.p99())).append(" | ")
                        .append(r.failures()).append(" |\n");
            }
        }
        markdown.append("\n| endpoint | with the wall / without (target ≥ 0.9) | REST / raw JDBC (target ≥ 0.5) | p95 (target) |\n|---|---|---|---|\n");
        double[] p95Targets = {20, 40};
        for (int i = 0; i < wall.size(); i++) {
            Double wallRatio = i == 0 ? wall.get(i).throughput() / bypassed.throughput() : null;
            double jdbcRatio = wall.get(i).throughput() / jdbc.get(i).throughput();
            markdown.append("| ").append(wall.get(i).name()).append(" | ")
                    .append(wallRatio == null ? "not run (see above)" : fmt(wallRatio) + (wallRatio >= 0.9 ? " met" : " missed"))
                    .append(" | ").append(fmt(jdbcRatio)).append(jdbcRatio >= 0.5 ? " met" : " missed").append(" | ")
                    .append(ms(wall.get(i).p95())).append(" (≤ ").append(fmt(p95Targets[i])).append(" ms)")
                    .append(wall.get(i).p95() <= p95Targets[i] ? " met" : " missed").append(" |\n");
        }
        markdown.append('\n');
    }

    void plans(List<SqlBenchmarks.Comparison> comparisons) {
        for (SqlBenchmarks.Comparison c : comparisons) {
            markdown.append("<details><summary>").append(c.query().name()).append(": plan as the application role</summary>\n\n```\n")
                    .append(c.plan()).append("```\n</details>\n\n");
        }
    }

    void text(String text) {
        markdown.append(text).append("\n\n");
    }

    /** Writes {@code <name>.md} and {@code <name>.png} into {@code directory}. */
    List<Path> write(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Path md = directory.resolve(name + ".md");
            Path png = directory.resolve(name + ".png");
            markdown.append("![Latency distributions](").append(png.getFileName()).append(")\n");
            Files.writeString(md, markdown);
            JFreeChart box = ChartFactory.createBoxAndWhiskerChart("Query latency under RLS and with an explicit tenant filter",
                    "query", "milliseconds", chart, true);
            CategoryPlot plot = box.getCategoryPlot();
            plot.setBackgroundPaint(Color.WHITE);
            // The queries span three orders of magnitude: on a linear axis the fast ones are flat lines.
            LogAxis milliseconds = new LogAxis("milliseconds (log scale)");
            milliseconds.setSmallestValue(0.01);
            milliseconds.setTickUnit(new NumberTickUnit(1));
            milliseconds.setNumberFormatOverride(new DecimalFormat("0.##"));
            milliseconds.setMinorTickCount(9);
            milliseconds.setMinorTickMarksVisible(true);
            plot.setRangeAxis(milliseconds);
            ((BoxAndWhiskerRenderer) plot.getRenderer()).setMeanVisible(false);
            ChartUtils.saveChartAsPNG(png.toFile(), box, 1400, 700);
            return List.of(md, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addToChart(Latencies latencies, String series, String category) {
        List<Double> values = new ArrayList<>(latencies.count());
        for (long n : latencies.nanos()) {
            values.add(n / 1e6);
        }
        chart.add(values, series, category);
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.3f ms", value);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
