package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The quality dashboard's figures over the organization's last {@code days} days (today included,
 * in its time zone): checks completed per stage and day with how many passed (good or warning),
 * first-pass yield per product, and open issues by SLA status.
 */
public record QualityFigures(LocalDate firstDay, LocalDate today, List<StageDay> checks, List<ProductYield> firstPassYield,
        Map<SlaStatus, Long> openIssues) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QualityFigures {
        checks = List.copyOf(checks);
        firstPassYield = List.copyOf(firstPassYield);
        openIssues = Map.copyOf(openIssues);
    }

    /** Checks completed at a stage on a day, and how many of them passed. */
    public record StageDay(UUID stageId, String stageName, LocalDate day, long checks, long passed) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A product's units checked (a batch's first check per stage and checklist) and how many passed first time. */
    public record ProductYield(UUID productId, String productName, long units, long firstPass) implements Serializable {

        private static final long serialVersionUID = 1L;

        public double yield() {
            return units == 0 ? 0 : (double) firstPass / units;
        }
    }

    /** A stage's checks over the whole period, in the order the stages came (stage order). */
    public record StageRate(String stageName, long checks, long passed) implements Serializable {

        private static final long serialVersionUID = 1L;

        public double passRate() {
            return checks == 0 ? 0 : (double) passed / checks;
        }
    }

    /** Every day of the period, oldest first. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** Checks per day over all stages, every day of the period (0 on a day without checks). */
    public List<long[]> checksPerDay() {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        days().forEach(day -> byDay.put(day, new long[2]));
        for (StageDay row : checks) {
            long[] counts = byDay.get(row.day());
            if (counts != null) {
                counts[0] += row.checks();
                counts[1] += row.passed();
            }
        }
        return new ArrayList<>(byDay.values());
    }

    /** Pass rate per stage over the period. */
    public List<StageRate> passRatePerStage() {
        Map<UUID, StageRate> byStage = new LinkedHashMap<>();
        for (StageDay row : checks) {
            byStage.merge(row.stageId(), new StageRate(row.stageName(), row.checks(), row.passed()),
                    (a, b) -> new StageRate(a.stageName(), a.checks() + b.checks(), a.passed() + b.passed()));
        }
        return new ArrayList<>(byStage.values());
    }

    /** The p-chart of failed checks per day. */
    public PChart failedShare() {
        List<long[]> perDay = checksPerDay();
        long[] inspected = perDay.stream().mapToLong(c -> c[0]).toArray();
        long[] failed = perDay.stream().mapToLong(c -> c[0] - c[1]).toArray();
        return PChart.of(inspected, failed);
    }

    public long openIssues(SlaStatus status) {
        return openIssues.getOrDefault(status, 0L);
    }
}
