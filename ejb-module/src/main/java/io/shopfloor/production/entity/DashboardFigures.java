package io.shopfloor.production.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The production dashboard's figures, each as of the moment they were read. */
public record DashboardFigures(
        List<StageCount> activeBatchesPerStage,
        long overdueOrders,
        List<DayCount> ordersDueNextDays,
        List<WeekCount> completedOrdersPerWeek,
        List<StageTime> timePerStage) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DashboardFigures {
        activeBatchesPerStage = List.copyOf(activeBatchesPerStage);
        ordersDueNextDays = List.copyOf(ordersDueNextDays);
        completedOrdersPerWeek = List.copyOf(completedOrdersPerWeek);
        timePerStage = List.copyOf(timePerStage);
    }

    public long ordersDueSoon() {
        return ordersDueNextDays.stream().mapToLong(DayCount::count).sum();
    }

    public long activeBatches() {
        return activeBatchesPerStage.stream().mapToLong(StageCount::count).sum();
    }

    /** Incomplete batches at a stage. */
    public record StageCount(UUID stageId, String stageName, long count) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** Open orders due on a day. */
    public record DayCount(LocalDate day, long count) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** Orders completed in the week starting on Monday {@code weekStart}. */
    public record WeekCount(LocalDate weekStart, long count) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** Average hours from start to completion at a stage (last 90 days) against the stage's estimate. */
    public record StageTime(UUID stageId, String stageName, BigDecimal estimatedHours, Double averageHours, long completedWork) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
