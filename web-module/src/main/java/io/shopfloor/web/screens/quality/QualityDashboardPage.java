package io.shopfloor.web.screens.quality;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.shopfloor.quality.boundary.QualityDashboard;
import io.shopfloor.quality.entity.PChart;
import io.shopfloor.quality.entity.QualityFigures;
import io.shopfloor.quality.entity.SlaStatus;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.Texts;

/**
 * The quality dashboard ({@code quality.xhtml}): checks per day, pass rate per stage, first-pass
 * yield per product, open issues by SLA status and the p-chart of failed checks, over the
 * organization's last 30 days. Read once per view.
 */
@Named("qualityDashboard")
@ViewScoped
public class QualityDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualityDashboard dashboard;

    @Inject
    Me me;

    private QualityFigures figures;
    private OffsetDateTime readAt;

    public boolean isAllowed() {
        return me.can("quality:read");
    }

    public QualityFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
            readAt = OffsetDateTime.now();
        }
        return figures;
    }

    public OffsetDateTime getReadAt() {
        getFigures();
        return readAt;
    }

    /** Checks completed in the period. */
    public long getChecks() {
        return getFigures().checksPerDay().stream().mapToLong(day -> day[0]).sum();
    }

    /** Share of the period's checks that passed, in per cent. */
    public String getPassRate() {
        long checks = getChecks();
        long passed = getFigures().checksPerDay().stream().mapToLong(day -> day[1]).sum();
        return checks == 0 ? "–" : QualityCharts.percent((double) passed / checks).toPlainString() + " %";
    }

    public long getOpenIssues() {
        return getFigures().openIssues().values().stream().mapToLong(Long::longValue).sum();
    }

    public long getOverdueIssues() {
        return getFigures().openIssues(SlaStatus.OVERDUE);
    }

    /** The days the p-chart puts outside their limits, as the page names them. */
    public List<String> getOutOfControlDays() {
        PChart chart = getFigures().failedShare();
        var days = getFigures().days();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Texts.locale());
        return chart.outOfControl().stream().map(i -> Texts.get("qualityDashboard.outOfControlDay", day.format(days.get(i)),
                QualityCharts.percent(chart.share().get(i)), QualityCharts.percent(chart.lower().get(i)),
                QualityCharts.percent(chart.upper().get(i)))).toList();
    }

    public String getCentre() {
        return QualityCharts.percent(getFigures().failedShare().centre()).toPlainString() + " %";
    }

    public String getChecksChart() {
        return QualityCharts.checksPerDay(getFigures(), Texts.locale());
    }

    public String getPassRateChart() {
        return QualityCharts.passRatePerStage(getFigures(), Texts.locale());
    }

    public String getYieldChart() {
        return QualityCharts.firstPassYield(getFigures(), Texts.locale());
    }

    public String getIssuesChart() {
        return QualityCharts.openIssues(getFigures(), Texts.locale());
    }

    public String getFailedShareChart() {
        return QualityCharts.pChart(getFigures(), Texts.locale());
    }
}
