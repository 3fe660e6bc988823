package io.shopfloor.web.screens.people;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import io.shopfloor.people.boundary.Availability;
import io.shopfloor.people.entity.CalendarDay;
import io.shopfloor.people.entity.ExceptionDraft;
import io.shopfloor.people.entity.ExceptionKind;
import io.shopfloor.people.entity.ExceptionStatus;
import io.shopfloor.people.entity.ExceptionView;
import io.shopfloor.people.entity.HolidayView;
import io.shopfloor.people.entity.WorkerCalendar;
import io.shopfloor.platform.query.Page;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.RecordPage;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.ServiceList;
import io.shopfloor.web.common.Texts;

/**
 * The team calendar ({@code calendar.xhtml}): two weeks of workers × days with the hours each is
 * available, holidays and exceptions. Managers (people:write) enter exceptions from a day's cell,
 * decide requests and keep holidays; a worker sees their own row and requests days off, which
 * they may withdraw until decided.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 14;
    private static final Map<String, String> INPUTS = Map.of("day", "exception:day", "kind", "exception:kind", "hours", "exception:hours",
            "note", "exception:note", "name", "holidays:holidayName");
    private static final Map<String, String> HOLIDAY_INPUTS = Map.of("day", "holidays:holidayDay", "name", "holidays:holidayName");

    @EJB
    Availability availability;

    @Inject
    Me me;

    private LocalDate from;
    private String text;
    private List<ExceptionView> requests;
    private List<ExceptionView> mine;
    private List<HolidayView> holidays;

    private String exceptionWorkerId;
    private String exceptionWorkerName;
    private LocalDate exceptionDay;
    private ExceptionKind exceptionKind;
    private BigDecimal exceptionHours;
    private String exceptionNote;
    private LocalDate holidayDay;
    private String holidayName;
    private List<BigDecimal> organizationHours = new ArrayList<>();

    private final ServiceList<WorkerCalendar> model = ServiceList.of((page, filters) -> rows(page), c -> c.userId().toString());

    /** Runs on page load: this week and the next. */
    public void load() throws IOException {
        if (!isManager() && !RecordPage.permits(me, "people:work")) {
            return;
        }
        if (from == null) {
            from = me.getToday().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        refresh();
    }

    private Page<WorkerCalendar> rows(io.shopfloor.platform.query.PageRequest page) {
        if (isManager()) {
            return availability.calendar(from, to(), text, page);
        }
        WorkerCalendar own = availability.calendarOf(me.getUser().userId(), from, to());
        return new Page<>(List.of(own), 1, 0, page.limit());
    }

    public void previous() {
        from = from.minusDays(DAYS);
        refresh();
    }

    public void next() {
        from = from.plusDays(DAYS);
        refresh();
    }

    public void thisWeek() {
        from = me.getToday().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        refresh();
    }

    /** Opens the exception dialog on a worker's day: a manager enters one, a worker asks for their own. */
    public void open(WorkerCalendar worker, CalendarDay day) {
        exceptionWorkerId = worker.userId().toString();
        exceptionWorkerName = worker.name();
        exceptionDay = day.day();
        exceptionKind = ExceptionKind.LEAVE;
        exceptionHours = BigDecimal.ZERO;
        exceptionNote = null;
    }

    /** Opens the dialog for one's own request on no particular day. */
    public void openRequest() {
        exceptionWorkerId = me.getUser().userId().toString();
        exceptionWorkerName = me.getDisplayName();
        exceptionDay = null;
        exceptionKind = ExceptionKind.LEAVE;
        exceptionHours = BigDecimal.ZERO;
        exceptionNote = null;
    }

    public void saveException() {
        try {
            ExceptionDraft draft = new ExceptionDraft(exceptionDay, exceptionKind, exceptionHours, exceptionNote);
            UUID worker = RecordPage.id(exceptionWorkerId);
            boolean own = worker.equals(me.getUser().userId());
            ExceptionView saved = own && !me.can("people:write") ? availability.request(draft) : availability.enter(worker, draft);
            PrimeFaces.current().executeScript("PF('exceptionDialog').hide()");
            Texts.info(saved.status() == ExceptionStatus.REQUESTED ? "calendar.requested" : "calendar.entered", saved.workerName(), saved.day());
            refresh();
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void approve(ExceptionView request) {
        decide(request, true);
    }

    public void deny(ExceptionView request) {
        decide(request, false);
    }

    private void decide(ExceptionView request, boolean approve) {
        try {
            ExceptionView decided = availability.decide(request.id(), request.version(), approve);
            Texts.info(approve ? "calendar.approved" : "calendar.denied", decided.workerName(), decided.day());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
        refresh();
    }

    /** Takes an exception away: one's own undecided request, or any for a manager. */
    public void withdraw(ExceptionView exception) {
        try {
            availability.withdraw(exception.id(), exception.version());
            Texts.info("calendar.withdrawn", exception.workerName(), exception.day());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
        refresh();
    }

    public void addHoliday() {
        try {
            HolidayView added = availability.addHoliday(holidayDay, holidayName);
            Texts.info("calendar.holidayAdded", added.name(), added.day());
            holidayDay = null;
            holidayName = null;
        } catch (RuntimeException e) {
            ServiceErrors.show(e, HOLIDAY_INPUTS);
        }
        refresh();
    }

    public void removeHoliday(HolidayView holiday) {
        try {
            availability.removeHoliday(holiday.id());
            Texts.info("calendar.holidayRemoved", holiday.name(), holiday.day());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, HOLIDAY_INPUTS);
        }
        refresh();
    }

    /** Saves the organization's week: the hours of everyone without a week of their own. */
    public void saveOrganizationWeek() {
        try {
            organizationHours = new ArrayList<>(availability.setWeek(null, organizationHours).hours());
            Texts.info("calendar.organizationWeekSaved");
            refresh();
        } catch (RuntimeException e) {
            Map<String, String> inputs = new java.util.HashMap<>();
            for (int day = 1; day <= 7; day++) {
                inputs.put("hours." + day, "organizationWeek:days:" + (day - 1) + ":hours");
            }
            ServiceErrors.show(e, inputs);
        }
    }

    private void refresh() {
        if (organizationHours.isEmpty()) {
            organizationHours = new ArrayList<>(availability.week(null).hours());
        }
        requests = me.can("people:write") ? availability.requests() : List.of();
        mine = me.can("people:work") ? availability.mine(me.getToday()) : List.of();
        holidays = availability.holidays(from, to());
    }

    /** Whether the caller sees the whole team (people:read) rather than their own row. */
    public boolean isManager() {
        return me.can("people:read");
    }

    public boolean isEditor() {
        return me.can("people:write");
    }

    /** Whether the caller may open a day's cell: a manager anyone's, a worker (people:work) their own. */
    public boolean canOpen(WorkerCalendar worker) {
        return isEditor() || (me.can("people:work") && worker.userId().equals(me.getUser().userId()));
    }

    public List<LocalDate> getDays() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            days.add(from.plusDays(i));
        }
        return days;
    }

    /** A day's cell style: a holiday, a weekend-like day without hours, a day off, or an ordinary day. */
    public String cellClass(CalendarDay day) {
        if (day.exception() != null) {
            return "sf-day-exception sf-day-" + day.exception().status().code();
        }
        if (day.holiday() != null) {
            return "sf-day-holiday";
        }
        return day.available().signum() == 0 ? "sf-day-off" : "sf-day-work";
    }

    public List<BigDecimal> getOrganizationHours() {
        return organizationHours;
    }

    /** Weekday indexes 0 (Monday) to 6, for the week's inputs. */
    public List<Integer> getWeekdays() {
        return List.of(0, 1, 2, 3, 4, 5, 6);
    }

    public ExceptionKind[] getKinds() {
        return ExceptionKind.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate to() {
        return from.plusDays(DAYS - 1);
    }

    public LocalDate getTo() {
        return to();
    }

    public ServiceList<WorkerCalendar> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<ExceptionView> getRequests() {
        return requests;
    }

    public List<ExceptionView> getMine() {
        return mine;
    }

    public List<HolidayView> getHolidays() {
        return holidays;
    }

    public String getExceptionWorkerName() {
        return exceptionWorkerName;
    }

    public LocalDate getExceptionDay() {
        return exceptionDay;
    }

    public void setExceptionDay(LocalDate exceptionDay) {
        this.exceptionDay = exceptionDay;
    }

    public ExceptionKind getExceptionKind() {
        return exceptionKind;
    }

    public void setExceptionKind(ExceptionKind exceptionKind) {
        this.exceptionKind = exceptionKind;
    }

    public BigDecimal getExceptionHours() {
        return exceptionHours;
    }

    public void setExceptionHours(BigDecimal exceptionHours) {
        this.exceptionHours = exceptionHours;
    }

    public String getExceptionNote() {
        return exceptionNote;
    }

    public void setExceptionNote(String exceptionNote) {
        this.exceptionNote = exceptionNote;
    }

    public LocalDate getHolidayDay() {
        return holidayDay;
    }

    public void setHolidayDay(LocalDate holidayDay) {
        this.holidayDay = holidayDay;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }
}
