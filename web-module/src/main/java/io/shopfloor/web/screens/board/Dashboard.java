package io.shopfloor.web.screens.board;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.shopfloor.production.boundary.ProductionDashboard;
import io.shopfloor.production.entity.DashboardFigures;
import io.shopfloor.production.entity.DashboardFigures.WeekCount;
import io.shopfloor.web.common.Me;

import io.shopfloor.web.common.Texts;

/** The production dashboard: the figures, read once when the page opens, as numbers and charts. */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProductionDashboard dashboard;

    @Inject
    Me me;

    private DashboardFigures figures;
    private OffsetDateTime readAt;

    public boolean isAllowed() {
        return me.can("production:read");
    }

    public DashboardFigures getFigures() {
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

    public long getCompletedThisWeek() {
        List<WeekCount> weeks = getFigures().completedOrdersPerWeek();
        return weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).count();
    }

    public String getActiveBatchesChart() {
        return DashboardCharts.activeBatchesPerStage(getFigures(), Texts.locale());
    }

    public String getOrdersDueChart() {
        return DashboardCharts.ordersDue(getFigures(), Texts.locale());
    }

    public String getCompletedChart() {
        return DashboardCharts.completedPerWeek(getFigures(), Texts.locale());
    }

    public String getHoursChart() {
        return DashboardCharts.hoursPerStage(getFigures(), Texts.locale());
    }
}
