package io.shopfloor.people.entity;

import java.io.Serializable;
import java.util.List;

/** The people dashboard's metrics of a range of days: per worker, per stage, and in all (null when no work was completed). */
public record MetricsOverview(List<MetricRow> byWorker, List<MetricRow> byStage, MetricRow total) implements Serializable {

    private static final long serialVersionUID = 1L;
}
