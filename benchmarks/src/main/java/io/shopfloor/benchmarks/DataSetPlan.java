package io.shopfloor.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a data set: how many organizations, how many orders in all and how they spread,
 * the seed and the day the data is "as of". The same plan always gives the same data.
 *
 * <p>Orders are skewed as organizations are in real life: the first organization holds 15 % of
 * them (150,000 of a million), the others follow a power law (rank^-0.8), each with at least 20.
 */
public record DataSetPlan(int tenants, long orders, long seed, LocalDate asOf) {

    static final double LARGEST_SHARE = 0.15;
    static final double SKEW = 0.8;
    static final int MIN_ORDERS = 20;

    public DataSetPlan {
        if (tenants < 1) {
            throw new IllegalArgumentException("at least one organization");
        }
        if (orders < (long) tenants * MIN_ORDERS) {
            throw new IllegalArgumentException("at least " + MIN_ORDERS + " orders per organization");
        }
    }

    /** Orders per organization, in organization order; they add up to {@link #orders}. */
    public List<Long> ordersPerTenant() {
        List<Long> counts = new ArrayList<>();
        if (tenants == 1) {
            return List.of(orders);
        }
        long largest = Math.max(MIN_ORDERS, Math.round(orders * LARGEST_SHARE));
        long rest = orders - largest;
        double[] weights = new double[tenants - 1];
        double total = 0;
        for (int rank = 1; rank < tenants; rank++) {
            weights[rank - 1] = Math.pow(rank, -SKEW);
            total += weights[rank - 1];
        }
        counts.add(largest);
        long assigned = largest;
        for (int i = 0; i < weights.length; i++) {
            long share = Math.max(MIN_ORDERS, Math.round((rest - (long) MIN_ORDERS * weights.length) * weights[i] / total) + MIN_ORDERS);
            counts.add(share);
            assigned += share;
        }
        // Rounding: the last organization takes up the difference (never below the minimum).
        int last = counts.size() - 1;
        counts.set(last, Math.max(MIN_ORDERS, counts.get(last) + orders - assigned));
        return counts;
    }
}
