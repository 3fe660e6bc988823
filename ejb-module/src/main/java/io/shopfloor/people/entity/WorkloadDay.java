package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A worker's day on the workload: hours of open work that count on it (what remains of each,
 * estimated less time spent), hours available (the one calendar), hours worked (their intervals
 * within the day in the organization's zone), and overtime: worked beyond available.
 */
public record WorkloadDay(LocalDate day, BigDecimal assigned, BigDecimal available, BigDecimal worked) implements Serializable {

    private static final long serialVersionUID = 1L;

    public BigDecimal overtime() {
        return worked.subtract(available).max(BigDecimal.ZERO);
    }

    /** Assigned as a share of available, in percent (rounded); null on a day without hours. */
    public Integer utilisation() {
        return available.signum() == 0 ? null : assigned.multiply(BigDecimal.valueOf(100)).divide(available, 0, RoundingMode.HALF_UP).intValue();
    }
}
