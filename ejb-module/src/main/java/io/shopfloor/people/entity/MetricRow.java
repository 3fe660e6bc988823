package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Production metrics of completed work, summed by some of worker, stage, product and day (the
 * others are null): units (orders) completed, hours estimated for them, hours worked on them,
 * hours the work stood paused between its first start and completion, and the first checks filed
 * on it and how many of them passed.
 */
public record MetricRow(UUID workerId, String workerName, UUID stageId, String stageName, UUID productId, String productName,
                        LocalDate day, long units, BigDecimal estimated, BigDecimal worked, BigDecimal paused, long checks,
                        long passedChecks) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Estimated ÷ worked: above 1, faster than the estimate; null without time worked. */
    public BigDecimal efficiency() {
        return ratio(estimated, worked);
    }

    /** The share of first checks that passed; null without checks. */
    public BigDecimal firstPass() {
        return checks == 0 ? null : ratio(BigDecimal.valueOf(passedChecks), BigDecimal.valueOf(checks));
    }

    /** Worked ÷ (worked + paused): how much of the work's span was spent on it; null without time. */
    public BigDecimal availability() {
        return ratio(worked, worked.add(paused));
    }

    /** Estimated ÷ worked, at most 1 (OEE's performance). */
    public BigDecimal performance() {
        BigDecimal efficiency = efficiency();
        return efficiency == null ? null : efficiency.min(BigDecimal.ONE);
    }

    /** Availability × performance × quality (first pass, or 1 where nothing was checked); null without time worked. */
    public BigDecimal oee() {
        BigDecimal availability = availability();
        BigDecimal performance = performance();
        if (availability == null || performance == null) {
            return null;
        }
        BigDecimal quality = firstPass() == null ? BigDecimal.ONE : firstPass();
        return availability.multiply(performance).multiply(quality).setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
