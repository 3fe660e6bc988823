package io.shopfloor.web.rest.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.people.entity.CalendarDay;
import io.shopfloor.people.entity.ExceptionView;
import io.shopfloor.people.entity.HolidayView;
import io.shopfloor.people.entity.ProfileView;
import io.shopfloor.people.entity.SkillView;
import io.shopfloor.people.entity.TeamMember;
import io.shopfloor.people.entity.TimeEntryView;
import io.shopfloor.people.entity.WeekPattern;
import io.shopfloor.people.entity.WorkerCalendar;
import io.shopfloor.people.entity.WorkloadDay;
import io.shopfloor.people.entity.WorkloadRow;

/** What the people API answers; codes as the API's lower-case words, hours as decimals, times with the organization's offset. */
public final class PeopleDtos {

    private PeopleDtos() {
    }

    /** A skill; {@code valid}: work may be given today; {@code expiringSoon}: within 30 days. */
    public record SkillDto(UUID id, UUID userId, UUID stageId, String stageName, String level, LocalDate expiresOn, String notes,
                           boolean valid, boolean expiringSoon, long version) {

        static SkillDto of(SkillView k) {
            return new SkillDto(k.id(), k.userId(), k.stageId(), k.stageName(), k.level().code(), k.expiresOn(), k.notes(), k.valid(),
                    k.expiringSoon(), k.version());
        }
    }

    public record TeamMemberDto(UUID id, String name, String employeeNumber, String department, List<SkillDto> skills,
                                boolean expiringSoon, BigDecimal assignedToday, BigDecimal availableToday) {

        static TeamMemberDto of(TeamMember m) {
            return new TeamMemberDto(m.userId(), m.name(), m.employeeNumber(), m.department(), m.skills().stream().map(SkillDto::of).toList(),
                    m.expiringSoon(), m.assignedToday(), m.availableToday());
        }
    }

    /** A worker's profile; {@code version} -1 while none was written. */
    public record ProfileDto(UUID id, String name, String email, String employeeNumber, String department, LocalDate hireDate, String phone,
                             String notes, Map<String, Object> customFields, long version, List<SkillDto> skills) {

        static ProfileDto of(ProfileView p) {
            return new ProfileDto(p.userId(), p.name(), p.email(), p.employeeNumber(), p.department(), p.hireDate(), p.phone(), p.notes(),
                    p.customFields(), p.version(), p.skills().stream().map(SkillDto::of).toList());
        }
    }

    public record ExceptionDto(UUID id, UUID userId, String workerName, LocalDate day, String kind, BigDecimal hours, String note,
                               String status, String requestedBy, String decidedBy, long version) {

        static ExceptionDto of(ExceptionView e) {
            return e == null ? null : new ExceptionDto(e.id(), e.userId(), e.workerName(), e.day(), e.kind().code(), e.hours(), e.note(),
                    e.status().code(), e.requestedByName(), e.decidedByName(), e.version());
        }
    }

    public record DayDto(LocalDate day, BigDecimal available, String holiday, ExceptionDto exception) {

        static DayDto of(CalendarDay d) {
            return new DayDto(d.day(), d.available(), d.holiday(), ExceptionDto.of(d.exception()));
        }
    }

    public record CalendarDto(UUID userId, String name, List<DayDto> days) {

        static CalendarDto of(WorkerCalendar c) {
            return new CalendarDto(c.userId(), c.name(), c.days().stream().map(DayDto::of).toList());
        }
    }

    /** Hours per weekday, Monday first; {@code own} false: the organization's week applies to the worker. */
    public record WeekDto(UUID userId, List<BigDecimal> hours, boolean own) {

        static WeekDto of(WeekPattern w) {
            return new WeekDto(w.userId(), w.hours(), w.own());
        }
    }

    public record HolidayDto(UUID id, LocalDate day, String name, long version) {

        static HolidayDto of(HolidayView h) {
            return new HolidayDto(h.id(), h.day(), h.name(), h.version());
        }
    }

    /** An interval: stage work (assignmentId, batch, stage) or a category; {@code endedAt} null while it runs. */
    public record TimeEntryDto(UUID id, UUID userId, String workerName, UUID assignmentId, String batchNumber, String stageName, String category,
                               OffsetDateTime startedAt, OffsetDateTime endedAt, BigDecimal hours, String endReason, String note,
                               String correctedBy, String correctionReason, long version) {

        static TimeEntryDto of(TimeEntryView t) {
            return new TimeEntryDto(t.id(), t.userId(), t.workerName(), t.assignmentId(), t.batchNumber(), t.stageName(),
                    t.category() == null ? null : t.category().code(), t.startedAt(), t.endedAt(), t.hours(),
                    t.endReason() == null ? null : t.endReason().code(), t.note(), t.correctedByName(), t.correctionReason(), t.version());
        }
    }

    /** A day of the workload; {@code utilisation} in percent of the available hours (null on a day without hours). */
    public record WorkloadDayDto(LocalDate day, BigDecimal assigned, BigDecimal available, BigDecimal worked, BigDecimal overtime,
                                 Integer utilisation) {

        static WorkloadDayDto of(WorkloadDay d) {
            return new WorkloadDayDto(d.day(), d.assigned(), d.available(), d.worked(), d.overtime(), d.utilisation());
        }
    }

    /** A worker's workload: days, sums, and overtime per week keyed by the week's Monday. */
    public record WorkloadDto(UUID userId, String name, List<WorkloadDayDto> days, BigDecimal assigned, BigDecimal available,
                              BigDecimal worked, BigDecimal overtime, Map<LocalDate, BigDecimal> overtimeByWeek) {

        static WorkloadDto of(WorkloadRow r) {
            return new WorkloadDto(r.userId(), r.name(), r.days().stream().map(WorkloadDayDto::of).toList(), r.assigned(), r.available(),
                    r.worked(), r.overtime(), r.overtimeByWeek());
        }
    }
}
