package io.shopfloor.web.screens.people;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.shopfloor.people.boundary.Workload;
import io.shopfloor.people.entity.WorkloadDay;
import io.shopfloor.people.entity.WorkloadRow;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.RecordPage;
import io.shopfloor.web.common.ServiceList;

/**
 * The workload ({@code workload.xhtml}, people:read): a week of workers × days as a heat grid of
 * assigned against available hours, with the hours worked and the week's overtime.
 */
@Named
@ViewScoped
public class WorkloadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DAYS = 7;

    @EJB
    Workload workload;

    @Inject
    Me me;

    private LocalDate from;
    private String text;

    private final ServiceList<WorkloadRow> model = ServiceList.of((page, filters) -> workload.grid(monday(), monday().plusDays(DAYS - 1), text, page),
            r -> r.userId().toString());

    private LocalDate monday() {
        if (from == null) {
            from = me.getToday().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return from;
    }

    public void previous() {
        from = monday().minusWeeks(1);
    }

    public void next() {
        from = monday().plusWeeks(1);
    }

    public void thisWeek() {
        from = null;
    }

    public List<LocalDate> getDays() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            days.add(monday().plusDays(i));
        }
        return days;
    }

    /** The heat of a day: free (under 80 % of the hours), busy (up to 100 %), over, or no hours at all. */
    public String heat(WorkloadDay day) {
        Integer share = day.utilisation();
        if (share == null) {
            return day.assigned().signum() > 0 ? "sf-heat-over" : "sf-heat-none";
        }
        return share > 100 ? "sf-heat-over" : share >= 80 ? "sf-heat-busy" : "sf-heat-free";
    }

    public boolean isPast(WorkloadDay day) {
        return !day.day().isAfter(me.getToday());
    }

    public LocalDate getFrom() {
        return monday();
    }

    public LocalDate getTo() {
        return monday().plusDays(DAYS - 1);
    }

    /** Runs on page load: the page is for people:read. */
    public void load() throws IOException {
        RecordPage.permits(me, "people:read");
    }

    public ServiceList<WorkloadRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
