package io.shopfloor.people.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** A worker's row of the workload: their days and the sums over them, overtime per week (Monday) included. */
public record WorkloadRow(UUID userId, String name, List<WorkloadDay> days) implements Serializable {

    private static final long serialVersionUID = 1L;

    public BigDecimal assigned() {
        return sum(WorkloadDay::assigned);
    }

    public BigDecimal available() {
        return sum(WorkloadDay::available);
    }

    public BigDecimal worked() {
        return sum(WorkloadDay::worked);
    }

    public BigDecimal overtime() {
        return sum(WorkloadDay::overtime);
    }

    /** Overtime per week of the range, by the week's Monday. */
    public Map<LocalDate, BigDecimal> overtimeByWeek() {
        Map<LocalDate, BigDecimal> weeks = new TreeMap<>();
        days.forEach(d -> weeks.merge(d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d.overtime(), BigDecimal::add));
        return weeks;
    }

    private BigDecimal sum(Function<WorkloadDay, BigDecimal> figure) {
        return days.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
