package io.shopfloor.people.boundary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.control.SkillViews;
import io.shopfloor.people.control.TeamMembers;
import io.shopfloor.people.control.WorkHours;
import io.shopfloor.people.entity.ProfileDraft;
import io.shopfloor.people.entity.ProfileView;
import io.shopfloor.people.entity.SkillView;
import io.shopfloor.people.entity.TeamMember;
import io.shopfloor.people.entity.WorkerProfile;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.platform.users.entity.User;

/**
 * The team and each worker's profile (with the organization's custom fields for profiles).
 * Managers (people:read) see everyone's details; a worker sees their own (the database's rule: without people:read only one's own profile row is readable).
 * people:write keeps profiles; skills are {@link WorkerSkills}.
 */
@Stateless
public class Team {

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

    @Inject
    WorkHours workHours;

    @Inject
    SkillViews skills;

    @Inject
    CustomFieldValidation customFields;

    /** A page of the team by name, with skills (expiring ones flagged) and today's hours. */
    @RequiresPermission("people:read")
    public Page<TeamMember> list(String search, PageRequest page) {
        Page<Map.Entry<UUID, String>> team = members.page(search, page);
        List<UUID> ids = TeamMembers.ids(team);
        Map<UUID, WorkerProfile> profiles = profiles(ids);
        Map<UUID, List<SkillView>> skillsOf = skills.ofAll(ids);
        Map<UUID, WorkHours.Load> loads = workHours.loads(ids, clock.today());
        List<TeamMember> rows = team.items().stream().map(m -> {
            WorkerProfile profile = profiles.get(m.getKey());
            WorkHours.Load load = loads.get(m.getKey());
            return new TeamMember(m.getKey(), m.getValue(), profile == null ? null : profile.getEmployeeNumber(),
                    profile == null ? null : profile.getDepartment(), skillsOf.getOrDefault(m.getKey(), List.of()),
                    load.assigned(), load.available());
        }).toList();
        return new Page<>(rows, team.total(), team.offset(), team.limit());
    }

    /** A worker's profile: one's own, or anyone's with people:read. */
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public ProfileView profile(UUID userId) {
        User user = Records.require(em, User.class, userId, "record.user");
        caller.requireSelfOr(userId, "people:read");
        return view(user, profiles(List.of(userId)).get(userId));
    }

    /** Writes a worker's profile (the first save creates it: expected version {@link ProfileView#NO_PROFILE}). */
    @RequiresPermission("people:write")
    public ProfileView saveProfile(UUID userId, long expectedVersion, ProfileDraft draft) {
        validation.check(draft);
        User user = Records.require(em, User.class, userId, "record.user");
        WorkerProfile profile = em.createQuery("SELECT p FROM WorkerProfile p WHERE p.userId = :user", WorkerProfile.class)
                .setParameter("user", userId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        long current = profile == null ? ProfileView.NO_PROFILE : profile.getVersion();
        if (current != expectedVersion) {
            throw new ConcurrentEditException("people.profileOf", user.getDisplayName());
        }
        Map<String, Object> checked = profile == null
                ? customFields.check(CustomFieldEntity.WORKER_PROFILES, draft.customFieldsOrEmpty())
                : customFields.check(CustomFieldEntity.WORKER_PROFILES, draft.customFieldsOrEmpty(), profile.getCustomFields());
        if (profile == null) {
            profile = new WorkerProfile(caller.tenantId(), userId);
            profile.apply(draft, checked);
            em.persist(profile);
        } else {
            profile.apply(draft, checked);
        }
        em.flush();
        em.refresh(profile);
        return view(user, profile);
    }

    private ProfileView view(User user, WorkerProfile profile) {
        List<SkillView> skillList = skills.ofAll(List.of(user.getId())).getOrDefault(user.getId(), List.of());
        return profile == null
                ? new ProfileView(user.getId(), user.getDisplayName(), user.getEmail(), null, null, null, null, null, Map.of(),
                        ProfileView.NO_PROFILE, skillList)
                : new ProfileView(user.getId(), user.getDisplayName(), user.getEmail(), profile.getEmployeeNumber(), profile.getDepartment(),
                        profile.getHireDate(), profile.getPhone(), profile.getNotes(),
                        customFields.visible(CustomFieldEntity.WORKER_PROFILES, profile.getCustomFields()), profile.getVersion(), skillList);
    }

    /** The profiles the caller may read among these users. */
    private Map<UUID, WorkerProfile> profiles(List<UUID> userIds) {
        Map<UUID, WorkerProfile> profiles = new HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("SELECT p FROM WorkerProfile p WHERE p.userId IN :users", WorkerProfile.class).setParameter("users", userIds)
                    .getResultList().forEach(p -> profiles.put(p.getUserId(), p));
        }
        return profiles;
    }
}
