package io.shopfloor.web.screens.people;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import io.shopfloor.people.boundary.Team;
import io.shopfloor.people.boundary.WorkerSkills;
import io.shopfloor.people.entity.ProfileDraft;
import io.shopfloor.people.entity.ProfileView;
import io.shopfloor.people.entity.SkillDraft;
import io.shopfloor.people.entity.SkillLevel;
import io.shopfloor.people.entity.SkillView;
import io.shopfloor.people.entity.WeekPattern;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.web.common.CustomFieldForm;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.RecordPage;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;

/**
 * A worker's page ({@code worker.xhtml?id=…}): their profile, skills per stage (expiring ones
 * flagged) and week. Managers (people:write) keep them; a worker sees their own page, read only.
 */
@Named
@ViewScoped
public class WorkerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("employeeNumber", "profile:employeeNumber", "department", "profile:department",
            "hireDate", "profile:hireDate", "phone", "profile:phone", "notes", "profile:notes",
            "level", "skill:level", "expiresOn", "skill:expiresOn", "stageId", "skill:stage");

    @EJB
    Team team;

    @EJB
    WorkerSkills skills;

    @EJB
    Availability availability;

    @EJB
    ProductionStages stages;

    @EJB
    CustomFields fields;

    @Inject
    Me me;

    private String id;
    private ProfileView worker;
    private WeekPattern week;
    private List<StageView> stageChoices;

    private String employeeNumber;
    private String department;
    private LocalDate hireDate;
    private String phone;
    private String notes;
    private List<BigDecimal> hours = new ArrayList<>();
    private CustomFieldForm customFields;

    private String skillStageId;
    private SkillLevel skillLevel;
    private LocalDate skillExpiresOn;
    private String skillNotes;

    /** Runs on page load: the worker of the id (one's own, or anyone's with people:read); otherwise not found or not allowed. */
    public void load() throws IOException {
        RecordPage.load("notFound.worker", () -> {
            UUID userId = RecordPage.id(id);
            show(team.profile(userId));
            showWeek(availability.week(userId));
        });
    }

    public void saveProfile() {
        try {
            show(team.saveProfile(worker.userId(), worker.version(),
                    new ProfileDraft(employeeNumber, department, hireDate, phone, notes, customFields.entered())));
            Texts.info("worker.saved", worker.name());
        } catch (RuntimeException e) {
            Map<String, String> inputs = new java.util.HashMap<>(INPUTS);
            inputs.putAll(customFields.inputs("profile"));
            ServiceErrors.show(e, inputs);
        }
    }

    /** Opens the skill dialog for a new skill. */
    public void newSkill() {
        skillStageId = null;
        skillLevel = SkillLevel.QUALIFIED;
        skillExpiresOn = null;
        skillNotes = null;
    }

    /** Opens the skill dialog on an existing skill. */
    public void editSkill(SkillView skill) {
        skillStageId = skill.stageId().toString();
        skillLevel = skill.level();
        skillExpiresOn = skill.expiresOn();
        skillNotes = skill.notes();
    }

    public void saveSkill() {
        try {
            UUID stageId = RecordPage.idOrNull(skillStageId);
            if (stageId == null) {
                throw InvalidInputException.of("stageId", "input.required");
            }
            SkillView saved = skills.set(worker.userId(), stageId, new SkillDraft(skillLevel, skillExpiresOn, skillNotes));
            show(team.profile(worker.userId()));
            PrimeFaces.current().executeScript("PF('skillDialog').hide()");
            Texts.info("worker.skillSaved", saved.stageName(), worker.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void removeSkill(SkillView skill) {
        try {
            skills.remove(worker.userId(), skill.stageId());
            show(team.profile(worker.userId()));
            Texts.info("worker.skillRemoved", skill.stageName(), worker.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void saveWeek() {
        try {
            showWeek(availability.setWeek(worker.userId(), hours));
            Texts.info("worker.weekSaved", worker.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, weekInputs());
        }
    }

    /** Takes the worker's own week away: the organization's applies again. */
    public void useOrganizationWeek() {
        try {
            showWeek(availability.setWeek(worker.userId(), null));
            Texts.info("worker.weekReset", worker.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, weekInputs());
        }
    }

    private static Map<String, String> weekInputs() {
        Map<String, String> inputs = new java.util.HashMap<>();
        for (int day = 1; day <= 7; day++) {
            inputs.put("hours." + day, "week:days:" + (day - 1) + ":hours");
        }
        return inputs;
    }

    private void show(ProfileView shown) {
        worker = shown;
        employeeNumber = shown.employeeNumber();
        department = shown.department();
        hireDate = shown.hireDate();
        phone = shown.phone();
        notes = shown.notes();
        customFields = CustomFieldForm.forStored(fields.activeFields(CustomFieldEntity.WORKER_PROFILES.code()), shown.customFields());
    }

    private void showWeek(WeekPattern shown) {
        week = shown;
        hours = new ArrayList<>(shown.hours());
    }

    /** Whether the caller keeps profiles, skills and weeks. */
    public boolean isEditable() {
        return me.can("people:write");
    }

    public List<StageView> getStages() {
        if (stageChoices == null) {
            stageChoices = stages.list().stream().filter(StageView::active).toList();
        }
        return stageChoices;
    }

    public SkillLevel[] getLevels() {
        return SkillLevel.values();
    }

    /** The week's rows for the table: weekday number (1 = Monday) and its hours, bound by index. */
    public List<Integer> getWeekdays() {
        return List.of(0, 1, 2, 3, 4, 5, 6);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProfileView getWorker() {
        return worker;
    }

    public CustomFieldForm getCustomFields() {
        return customFields;
    }

    public WeekPattern getWeek() {
        return week;
    }

    public List<BigDecimal> getHours() {
        return hours;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getSkillStageId() {
        return skillStageId;
    }

    public void setSkillStageId(String skillStageId) {
        this.skillStageId = skillStageId;
    }

    public SkillLevel getSkillLevel() {
        return skillLevel;
    }

    public void setSkillLevel(SkillLevel skillLevel) {
        this.skillLevel = skillLevel;
    }

    public LocalDate getSkillExpiresOn() {
        return skillExpiresOn;
    }

    public void setSkillExpiresOn(LocalDate skillExpiresOn) {
        this.skillExpiresOn = skillExpiresOn;
    }

    public String getSkillNotes() {
        return skillNotes;
    }

    public void setSkillNotes(String skillNotes) {
        this.skillNotes = skillNotes;
    }
}
