package io.shopfloor.people.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.control.Days;
import io.shopfloor.people.control.TeamMembers;
import io.shopfloor.people.control.WorkHours;
import io.shopfloor.people.entity.AvailabilityException;
import io.shopfloor.people.entity.CalendarDay;
import io.shopfloor.people.entity.ExceptionDraft;
import io.shopfloor.people.entity.ExceptionStatus;
import io.shopfloor.people.entity.ExceptionView;
import io.shopfloor.people.entity.Holiday;
import io.shopfloor.people.entity.HolidayView;
import io.shopfloor.people.entity.WeekPattern;
import io.shopfloor.people.entity.WorkerCalendar;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.query.SqlValues;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.platform.users.entity.User;

/**
 * When people are available: the organization's default week and each worker's own, the
 * organization's holidays, and dated exceptions. Managers (people:write) keep them and decide on
 * requests; a worker (people:work) requests their own days off and sees their own calendar. Hours
 * for a day always come from the database's {@code available_hours}, the one calendar.
 */
@Stateless
public class Availability {

    /** Each worker's available hours per day: ?1 the tenant, ?2 the workers' ids (comma-separated), ?3 and ?4 the first and last day. */
    public static final String CALENDAR_HOURS = """
            SELECT w.id, CAST(d AS date), shopfloor.available_hours(?1, w.id, CAST(d AS date))
            FROM unnest(string_to_array(?2, ',')::uuid[]) AS w (id),
                 generate_series(CAST(?3 AS date), CAST(?4 AS date), interval '1 day') AS d""";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    OrganizationClock clock;

    @Inject
    TeamMembers members;

    /** The team calendar: a page of the team by name, each with their days. */
    @RequiresPermission("people:read")
    public Page<WorkerCalendar> calendar(LocalDate from, LocalDate to, String search, PageRequest page) {
        Days days = new Days(from, to);
        Page<Map.Entry<UUID, String>> team = members.page(search, page);
        Map<UUID, WorkerCalendar> rows = calendars(team.items(), days);
        return new Page<>(new ArrayList<>(rows.values()), team.total(), team.offset(), team.limit());
    }

    /** One worker's calendar: one's own, or anyone's with people:read. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public WorkerCalendar calendarOf(UUID userId, LocalDate from, LocalDate to) {
        Days days = new Days(from, to);
        User user = Records.require(em, User.class, userId, "record.user");
        caller.requireSelfOr(userId, "people:read");
        return calendars(List.of(Map.entry(userId, user.getDisplayName())), days).get(userId);
    }

    /** The organization's holidays between two days. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public List<HolidayView> holidays(LocalDate from, LocalDate to) {
        Days days = new Days(from, to);
        return em.createQuery("SELECT h FROM Holiday h WHERE h.day BETWEEN :from AND :to ORDER BY h.day", Holiday.class)
                .setParameter("from", days.from()).setParameter("to", days.to()).getResultStream().map(HolidayView::of).toList();
    }

    @RequiresPermission("people:write")
    public HolidayView addHoliday(LocalDate day, String name) {
        if (day == null) {
            throw InvalidInputException.of("day", "input.required");
        }
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "input.required");
        }
        if (name.strip().length() > 100) {
            throw InvalidInputException.of("name", "input.atMostCharacters", 100);
        }
        if (!em.createQuery("SELECT h FROM Holiday h WHERE h.day = :day", Holiday.class).setParameter("day", day).getResultList().isEmpty()) {
            throw InvalidInputException.of("day", "people.holidayTaken", day);
        }
        Holiday holiday = new Holiday(caller.tenantId(), day, name);
        em.persist(holiday);
        em.flush();
        return HolidayView.of(holiday);
    }

    @RequiresPermission("people:write")
    public void removeHoliday(UUID id) {
        Holiday holiday = em.find(Holiday.class, id);
        if (holiday != null) {
            em.remove(holiday);
            em.flush();
        }
    }

    /** A worker's week (their own, or the organization's that applies to them); null: the organization's default. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public WeekPattern week(UUID userId) {
        if (userId != null) {
            Records.require(em, User.class, userId, "record.user");
            caller.requireSelfOr(userId, "people:read");
        }
        Map<Integer, BigDecimal> own = pattern(userId);
        Map<Integer, BigDecimal> applies = own.isEmpty() && userId != null ? pattern(null) : own;
        List<BigDecimal> hours = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            hours.add(WorkHours.plain(applies.getOrDefault(weekday, BigDecimal.ZERO)));
        }
        return new WeekPattern(userId, hours, userId == null || !own.isEmpty());
    }

    /**
     * Sets a week: seven hours, Monday first, each 0 to 24 with at most two decimals; for a worker
     * (their own week) or, with a null user, the organization's default. A null list takes a
     * worker's own week away, so the organization's applies again.
     */
    @RequiresPermission("people:write")
    public WeekPattern setWeek(UUID userId, List<BigDecimal> hours) {
        if (userId != null) {
            Records.require(em, User.class, userId, "record.user");
        }
        if (hours == null) {
            if (userId == null) {
                throw InvalidInputException.of("hours", "input.required");
            }
            em.createNativeQuery("DELETE FROM shopfloor.work_patterns WHERE tenant_id = ?1 AND user_id = ?2")
                    .setParameter(1, caller.tenantId()).setParameter(2, userId).executeUpdate();
            return week(userId);
        }
        if (hours.size() != 7) {
            throw InvalidInputException.of("hours", "people.sevenDays");
        }
        Map<String, Message> problems = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            BigDecimal h = hours.get(i);
            if (h == null) {
                problems.put("hours." + (i + 1), Message.of("input.required"));
            } else if (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(24)) > 0) {
                problems.put("hours." + (i + 1), Message.of("people.hoursInDay"));
            } else if (h.stripTrailingZeros().scale() > 2) {
                problems.put("hours." + (i + 1), Message.of("input.fractionDigits", 2, 2));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (int i = 0; i < 7; i++) {
            em.createNativeQuery("INSERT INTO shopfloor.work_patterns (tenant_id, user_id, weekday, hours) VALUES (?1, ?2, ?3, ?4)"
                            + " ON CONFLICT (tenant_id, user_id, weekday) DO UPDATE SET hours = EXCLUDED.hours, version = work_patterns.version + 1"
                            + " WHERE work_patterns.hours IS DISTINCT FROM EXCLUDED.hours")
                    .setParameter(1, caller.tenantId()).setParameter(2, userId).setParameter(3, i + 1).setParameter(4, hours.get(i))
                    .executeUpdate();
        }
        return week(userId);
    }

    /** A worker asks for a day off (or other hours) for themselves; it counts once a manager approves it. */
    @RequiresPermission("people:work")
    public ExceptionView request(ExceptionDraft draft) {
        return add(caller.userId(), draft, false);
    }

    /** A manager enters a worker's exception, approved at once. */
    @RequiresPermission("people:write")
    public ExceptionView enter(UUID userId, ExceptionDraft draft) {
        Records.require(em, User.class, userId, "record.user");
        return add(userId, draft, true);
    }

    /** A manager approves or denies a request. */
    @RequiresPermission("people:write")
    public ExceptionView decide(UUID id, long expectedVersion, boolean approve) {
        AvailabilityException exception = lockVersion(id, expectedVersion);
        if (exception.getStatus() != ExceptionStatus.REQUESTED) {
            throw new BusinessRuleException("people.alreadyDecided");
        }
        exception.decide(approve, caller.userId(), clock.now());
        em.flush();
        return views(List.of(exception)).get(0);
    }

    /**
     * Takes an exception away: a worker their own request not yet decided; a manager any (the day
     * has the worker's usual hours again).
     */
    @RequiresPermission("people:work")
    public void withdraw(UUID id, long expectedVersion) {
        AvailabilityException exception = lockVersion(id, expectedVersion);
        caller.requireSelfOr(exception.getUserId(), "people:write");
        if (!caller.can("people:write") && exception.getStatus() != ExceptionStatus.REQUESTED) {
            throw new BusinessRuleException("people.alreadyDecided");
        }
        em.remove(exception);
        em.flush();
    }

    /** Requests waiting for a decision, by day (at most 200). */
    @RequiresPermission("people:write")
    public List<ExceptionView> requests() {
        return views(em.createQuery("SELECT e FROM AvailabilityException e WHERE e.status = :requested ORDER BY e.day, e.id",
                        AvailabilityException.class)
                .setParameter("requested", ExceptionStatus.REQUESTED).setMaxResults(PageRequest.MAX_LIMIT).getResultList());
    }

    /** The caller's own exceptions from a day on, by day (at most 200). */
    @RequiresPermission("people:work")
    public List<ExceptionView> mine(LocalDate from) {
        return views(em.createQuery("SELECT e FROM AvailabilityException e WHERE e.userId = :me AND e.day >= :from ORDER BY e.day, e.id",
                        AvailabilityException.class)
                .setParameter("me", caller.userId()).setParameter("from", from == null ? clock.today() : from)
                .setMaxResults(PageRequest.MAX_LIMIT).getResultList());
    }

    // ------------------------------------------------------------------------------------------

    private ExceptionView add(UUID userId, ExceptionDraft draft, boolean approved) {
        validation.check(draft);
        if (!em.createQuery("SELECT e FROM AvailabilityException e WHERE e.userId = :user AND e.day = :day AND e.status <> :denied",
                        AvailabilityException.class)
                .setParameter("user", userId).setParameter("day", draft.day()).setParameter("denied", ExceptionStatus.DENIED)
                .getResultList().isEmpty()) {
            throw InvalidInputException.of("day", "people.dayTaken", draft.day());
        }
        AvailabilityException exception = new AvailabilityException(caller.tenantId(), userId, draft, caller.userId());
        if (approved) {
            exception.decide(true, caller.userId(), clock.now());
        }
        em.persist(exception);
        em.flush();
        return views(List.of(exception)).get(0);
    }

    private AvailabilityException lockVersion(UUID id, long expectedVersion) {
        AvailabilityException exception = em.find(AvailabilityException.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (exception == null) {
            throw new NotFoundException("record.availabilityException", id);
        }
        if (exception.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("record.availabilityException");
        }
        return exception;
    }

    private Map<Integer, BigDecimal> pattern(UUID userId) {
        Map<Integer, BigDecimal> hours = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT weekday, hours FROM shopfloor.work_patterns WHERE tenant_id = ?1 AND user_id IS NOT DISTINCT FROM CAST(?2 AS uuid)")
                .setParameter(1, caller.tenantId()).setParameter(2, userId == null ? null : userId.toString()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            hours.put(((Number) r[0]).intValue(), (BigDecimal) r[1]);
        }
        return hours;
    }

    private Map<UUID, WorkerCalendar> calendars(List<Map.Entry<UUID, String>> workers, Days days) {
        Map<UUID, WorkerCalendar> rows = new LinkedHashMap<>();
        if (workers.isEmpty()) {
            return rows;
        }
        List<UUID> ids = workers.stream().map(Map.Entry::getKey).toList();
        Map<String, BigDecimal> hours = new HashMap<>();
        List<?> found = em.createNativeQuery(CALENDAR_HOURS)
                .setParameter(1, caller.tenantId()).setParameter(2, ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter(3, days.from()).setParameter(4, days.to()).getResultList();
        for (Object row : found) {
            Object[] r = (Object[]) row;
            hours.put(r[0] + "/" + SqlValues.date(r[1]), WorkHours.plain((BigDecimal) r[2]));
        }
        Map<LocalDate, String> holidays = em.createQuery("SELECT h FROM Holiday h WHERE h.day BETWEEN :from AND :to", Holiday.class)
                .setParameter("from", days.from()).setParameter("to", days.to()).getResultStream()
                .collect(Collectors.toMap(Holiday::getDay, Holiday::getName));
        Map<String, ExceptionView> exceptions = new HashMap<>();
        views(em.createQuery("SELECT e FROM AvailabilityException e WHERE e.userId IN :users AND e.day BETWEEN :from AND :to"
                        + " AND e.status <> :denied", AvailabilityException.class)
                .setParameter("users", ids).setParameter("from", days.from()).setParameter("to", days.to())
                .setParameter("denied", ExceptionStatus.DENIED).getResultList())
                .forEach(e -> exceptions.put(e.userId() + "/" + e.day(), e));
        for (Map.Entry<UUID, String> worker : workers) {
            List<CalendarDay> cells = new ArrayList<>();
            for (LocalDate day = days.from(); !day.isAfter(days.to()); day = day.plusDays(1)) {
                String key = worker.getKey() + "/" + day;
                cells.add(new CalendarDay(day, hours.getOrDefault(key, BigDecimal.ZERO), holidays.get(day), exceptions.get(key)));
            }
            rows.put(worker.getKey(), new WorkerCalendar(worker.getKey(), worker.getValue(), cells));
        }
        return rows;
    }

    private List<ExceptionView> views(List<AvailabilityException> exceptions) {
        List<UUID> people = new ArrayList<>();
        exceptions.forEach(e -> {
            people.add(e.getUserId());
            people.add(e.getRequestedBy());
            if (e.getDecidedBy() != null) {
                people.add(e.getDecidedBy());
            }
        });
        Map<UUID, String> names = members.names(people);
        return exceptions.stream().map(e -> new ExceptionView(e.getId(), e.getUserId(), names.get(e.getUserId()), e.getDay(), e.getKind(),
                WorkHours.plain(e.getHours()), e.getNote(), e.getStatus(), names.get(e.getRequestedBy()),
                e.getDecidedBy() == null ? null : names.get(e.getDecidedBy()), e.getVersion())).toList();
    }
}
