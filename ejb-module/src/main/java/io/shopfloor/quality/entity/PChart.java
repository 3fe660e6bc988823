package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A p-chart: the share of failed checks per day against the period's centre line p̄ (all failed ÷
 * all checks) with 3-sigma limits from each day's own number of checks,
 * p̄ ± 3·√(p̄(1−p̄)/nᵢ), clipped to [0, 1]. A day without checks has no point and no limits (null).
 */
public record PChart(double centre, List<Double> share, List<Double> lower, List<Double> upper) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static PChart of(long[] inspected, long[] failed) {
        if (inspected.length != failed.length) {
            throw new IllegalArgumentException("one count of failed checks per day of checks");
        }
        long all = Arrays.stream(inspected).sum();
        double centre = all == 0 ? 0 : (double) Arrays.stream(failed).sum() / all;
        int days = inspected.length;
        Double[] share = new Double[days];
        Double[] lower = new Double[days];
        Double[] upper = new Double[days];
        for (int i = 0; i < days; i++) {
            if (inspected[i] == 0) {
                continue;
            }
            share[i] = (double) failed[i] / inspected[i];
            double sigma = Math.sqrt(centre * (1 - centre) / inspected[i]);
            lower[i] = Math.max(0, centre - 3 * sigma);
            upper[i] = Math.min(1, centre + 3 * sigma);
        }
        return new PChart(centre, nullable(share), nullable(lower), nullable(upper));
    }

    /** The days (indexes) whose share lies outside their limits: the process was out of control there. */
    public List<Integer> outOfControl() {
        return IntStream.range(0, share.size())
                .filter(i -> share.get(i) != null && (share.get(i) > upper.get(i) || share.get(i) < lower.get(i)))
                .boxed().toList();
    }

    /** An unmodifiable list that keeps the nulls of the days without checks. */
    private static List<Double> nullable(Double[] values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
