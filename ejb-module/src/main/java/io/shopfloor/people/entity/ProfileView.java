package io.shopfloor.people.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A worker as their profile page and the API show them: the name every colleague sees, the
 * personnel details and custom fields (empty when the worker has no profile yet; {@code version}
 * -1 then), and the skills.
 */
public record ProfileView(UUID userId, String name, String email, String employeeNumber, String department, LocalDate hireDate,
                          String phone, String notes, Map<String, Object> customFields, long version, List<SkillView> skills)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The version of a profile not yet written. */
    public static final long NO_PROFILE = -1;

    public ProfileDraft draft() {
        return new ProfileDraft(employeeNumber, department, hireDate, phone, notes, customFields);
    }
}
