package io.shopfloor.people.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.control.Days;
import io.shopfloor.people.control.TeamMembers;
import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.people.entity.TimeCategory;
import io.shopfloor.people.entity.TimeDraft;
import io.shopfloor.people.entity.TimeEntryView;
import io.shopfloor.people.entity.WorkInterval;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.query.SqlValues;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.platform.users.entity.User;

/**
 * A worker's time: the intervals of stage work their start, pause and complete wrote, and time
 * outside stage work (maintenance, training, cleaning) entered by hand. A worker enters their own
 * (people:work), a manager anyone's (people:write); recorded time changes only by a manager's
 * correction with a reason, kept on the interval and in the audit trail. Times are read and
 * written in the organization's zone; the database refuses overlaps and the future.
 */
@Stateless
public class TimeEntries {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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

    /** A worker's intervals touching the days, oldest first (at most 200): one's own, or anyone's with people:read. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public List<TimeEntryView> of(UUID userId, LocalDate from, LocalDate to) {
        Days days = new Days(from, to);
        Records.require(em, User.class, userId, "record.user");
        caller.requireSelfOr(userId, "people:read");
        ZoneId zone = clock.zone();
        List<?> rows = em.createNativeQuery("SELECT i.id FROM shopfloor.work_intervals i"
                        + " WHERE i.tenant_id = ?1 AND i.user_id = ?2"
                        + "   AND tstzrange(i.started_at, coalesce(i.ended_at, 'infinity'), '[)') && tstzrange(?3, ?4, '[)')"
                        + " ORDER BY i.started_at LIMIT " + PageRequest.MAX_LIMIT)
                .setParameter(1, caller.tenantId()).setParameter(2, userId)
                .setParameter(3, days.from().atStartOfDay(zone).toOffsetDateTime())
                .setParameter(4, days.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .getResultList();
        return views(rows.stream().map(id -> (UUID) id).toList());
    }

    /** Time outside stage work: one's own with people:work, anyone's with people:write. */
    @RequiresPermission("people:work")
    public TimeEntryView enter(UUID userId, TimeDraft draft) {
        validation.check(draft);
        Records.require(em, User.class, userId, "record.user");
        caller.requireSelfOr(userId, "people:write");
        OffsetDateTime from = at(draft.from());
        OffsetDateTime to = at(draft.to());
        checkSpan(from, to, userId, null);
        WorkInterval interval = WorkInterval.other(caller.tenantId(), userId, draft.category(), from, to,
                draft.note() == null || draft.note().isBlank() ? null : draft.note().strip(), caller.userId());
        em.persist(interval);
        em.flush();
        return views(List.of(interval.getId())).get(0);
    }

    /**
     * A manager corrects an interval's times, saying why. A running interval keeps running: only
     * its start may move (its end comes from the worker's pause or completion).
     */
    @RequiresPermission("people:write")
    public TimeEntryView correct(UUID id, long expectedVersion, LocalDateTime from, LocalDateTime to, String reason) {
        WorkInterval interval = em.find(WorkInterval.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (interval == null) {
            throw new NotFoundException("record.timeEntry", id);
        }
        if (interval.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("record.timeEntry");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "people.correctionReason");
        }
        if (reason.strip().length() > 1000) {
            throw InvalidInputException.of("reason", "input.atMostCharacters", 1000);
        }
        if (from == null) {
            throw InvalidInputException.of("from", "input.required");
        }
        if (interval.isRunning() && to != null) {
            throw InvalidInputException.of("to", "people.runningKeepsRunning");
        }
        if (!interval.isRunning() && to == null) {
            throw InvalidInputException.of("to", "input.required");
        }
        OffsetDateTime start = at(from);
        OffsetDateTime end = to == null ? null : at(to);
        checkSpan(start, end == null ? clock.now() : end, interval.getUserId(), interval.getId());
        interval.correct(start, end, caller.userId(), reason);
        em.flush();
        em.refresh(interval);
        return views(List.of(interval.getId())).get(0);
    }

    // ------------------------------------------------------------------------------------------

    private OffsetDateTime at(LocalDateTime local) {
        return local.atZone(clock.zone()).toOffsetDateTime();
    }

    /** In order, not in the future, and clear of the worker's other time (the database's constraint, said with the times). */
    private void checkSpan(OffsetDateTime from, OffsetDateTime to, UUID userId, UUID except) {
        if (!to.isAfter(from)) {
            throw InvalidInputException.of("to", "people.endAfterStart");
        }
        if (to.isAfter(clock.now().plusMinutes(1))) {
            throw InvalidInputException.of("to", "people.notInFuture");
        }
        List<?> clash = em.createNativeQuery("SELECT i.started_at, i.ended_at FROM shopfloor.work_intervals i"
                        + " WHERE i.tenant_id = ?1 AND i.user_id = ?2 AND i.id IS DISTINCT FROM CAST(?5 AS uuid)"
                        + "   AND tstzrange(i.started_at, coalesce(i.ended_at, 'infinity'), '[)') && tstzrange(?3, ?4, '[)')"
                        + " ORDER BY i.started_at LIMIT 1")
                .setParameter(1, caller.tenantId()).setParameter(2, userId).setParameter(3, from).setParameter(4, to)
                .setParameter(5, except == null ? null : except.toString()).getResultList();
        if (!clash.isEmpty()) {
            Object[] r = (Object[]) clash.get(0);
            ZoneId zone = clock.zone();
            throw new BusinessRuleException("people.overlaps", MINUTES.format(SqlValues.timestamp(r[0], zone)),
                    r[1] == null ? "…" : MINUTES.format(SqlValues.timestamp(r[1], zone)));
        }
    }

    private List<TimeEntryView> views(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("SELECT i.id, i.user_id, i.assignment_id, b.batch_number, s.name, i.category, i.started_at, i.ended_at,"
                        + " shopfloor.interval_hours(i.started_at, i.ended_at), i.end_reason, i.note, i.corrected_by, i.correction_reason, i.version"
                        + " FROM shopfloor.work_intervals i"
                        + " LEFT JOIN shopfloor.stage_assignments a ON a.tenant_id = i.tenant_id AND a.id = i.assignment_id"
                        + " LEFT JOIN shopfloor.batches b ON b.tenant_id = a.tenant_id AND b.id = a.batch_id"
                        + " LEFT JOIN shopfloor.production_stages s ON s.tenant_id = a.tenant_id AND s.id = a.stage_id"
                        + " WHERE i.tenant_id = ?1 AND i.id = ANY (string_to_array(?2, ',')::uuid[]) ORDER BY i.started_at")
                .setParameter(1, caller.tenantId()).setParameter(2, String.join(",", ids.stream().map(UUID::toString).toList()))
                .getResultList();
        List<UUID> people = new ArrayList<>();
        rows.forEach(row -> {
            Object[] r = (Object[]) row;
            people.add((UUID) r[1]);
            if (r[11] != null) {
                people.add((UUID) r[11]);
            }
        });
        Map<UUID, String> names = members.names(people);
        ZoneId zone = clock.zone();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new TimeEntryView((UUID) r[0], (UUID) r[1], names.get((UUID) r[1]), (UUID) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : TimeCategory.ofCode((String) r[5]), SqlValues.timestamp(r[6], zone), SqlValues.timestamp(r[7], zone),
                    ((BigDecimal) r[8]).setScale(2, java.math.RoundingMode.HALF_UP), r[9] == null ? null : IntervalEnd.ofCode((String) r[9]),
                    (String) r[10], r[11] == null ? null : names.get((UUID) r[11]), (String) r[12], ((Number) r[13]).longValue());
        }).toList();
    }
}
