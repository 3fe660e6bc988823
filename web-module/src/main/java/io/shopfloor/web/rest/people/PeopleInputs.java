package io.shopfloor.web.rest.people;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The bodies the people API takes; ids, codes, days and times as text, so a malformed one is a 422 naming its field. */
public final class PeopleInputs {

    private PeopleInputs() {
    }

    /** PUT /workers/{id}/skills/{stageId}: level (trainee, qualified, expert), expiry (ISO date, optional), notes. */
    public record SkillInput(String level, String expiresOn, String notes) {
    }

    /** PUT /workers/{id}: the profile and its custom fields; {@code version} -1 to write the first one. */
    public record ProfileInput(String employeeNumber, String department, String hireDate, String phone, String notes,
                               Map<String, Object> customFields, Long version) {
    }

    /** PUT /workers/{id}/week and /availability/week: seven hours, Monday first. */
    public record WeekInput(List<BigDecimal> hours) {
    }

    /** POST /availability/holidays. */
    public record HolidayInput(String day, String name) {
    }

    /**
     * POST /availability/requests (one's own: no userId) and /availability/exceptions (a manager's,
     * approved at once): the day, kind (leave, half_day, overtime, holiday), the hours there that day, a note.
     */
    public record ExceptionInput(String userId, String day, String kind, BigDecimal hours, String note) {
    }

    /** POST /availability/exceptions/{id}/decision. */
    public record DecisionInput(Boolean approve, Long version) {
    }

    /** POST /workers/{id}/time: time outside stage work, from and to as local date-times in the organization's zone. */
    public record TimeInput(String category, String from, String to, String note) {
    }

    /** PUT /time/{id}: a manager's correction; {@code to} empty keeps a running interval running. */
    public record CorrectionInput(String from, String to, String reason, Long version) {
    }
}
