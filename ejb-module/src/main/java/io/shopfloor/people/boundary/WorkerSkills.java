package io.shopfloor.people.boundary;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.control.SkillViews;
import io.shopfloor.people.entity.SkillDraft;
import io.shopfloor.people.entity.SkillView;
import io.shopfloor.people.entity.WorkerSkill;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.production.entity.ProductionStage;

/**
 * Who can do what: a worker's skills per stage, kept by people:write. Every colleague may read
 * skills (the assignment menus show them); the database refuses writes without people:write too.
 */
@Stateless
public class WorkerSkills {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    SkillViews skillViews;

    /** The worker's skills, in stage order. */
    @RequiresPermission("production:read")
    public List<SkillView> of(UUID userId) {
        Records.require(em, User.class, userId, "record.user");
        return views(em.createQuery("SELECT k FROM WorkerSkill k WHERE k.userId = :user", WorkerSkill.class)
                .setParameter("user", userId).getResultList());
    }

    /** Sets the worker's skill at the stage (adds it, or changes its level, expiry and notes). */
    @RequiresPermission("people:write")
    public SkillView set(UUID userId, UUID stageId, SkillDraft draft) {
        validation.check(draft);
        Records.require(em, User.class, userId, "record.user");
        Records.require(em, ProductionStage.class, stageId, "record.productionStage");
        WorkerSkill skill = find(userId, stageId);
        if (skill == null) {
            skill = new WorkerSkill(caller.tenantId(), userId, stageId);
            skill.apply(draft);
            em.persist(skill);
        } else {
            skill.apply(draft);
        }
        em.flush();
        return views(List.of(skill)).get(0);
    }

    /** Takes the worker's skill at the stage away; work already given stays given. */
    @RequiresPermission("people:write")
    public void remove(UUID userId, UUID stageId) {
        WorkerSkill skill = find(userId, stageId);
        if (skill != null) {
            em.remove(skill);
            em.flush();
        }
    }

    private WorkerSkill find(UUID userId, UUID stageId) {
        return em.createQuery("SELECT k FROM WorkerSkill k WHERE k.userId = :user AND k.stageId = :stage", WorkerSkill.class)
                .setParameter("user", userId).setParameter("stage", stageId).getResultStream().findFirst().orElse(null);
    }

    private List<SkillView> views(List<WorkerSkill> skills) {
        return skillViews.views(skills);
    }
}
