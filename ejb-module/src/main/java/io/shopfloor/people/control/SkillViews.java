package io.shopfloor.people.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.entity.SkillView;
import io.shopfloor.people.entity.WorkerSkill;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.production.entity.ProductionStage;

/** Skills as screens and the API show them: in stage order, valid today or not, expiring within 30 days or not. */
@Dependent
public class SkillViews {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    OrganizationClock clock;

    /** Each worker's skills (workers without any are left out), in one query. */
    public Map<UUID, List<SkillView>> ofAll(List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<WorkerSkill> skills = em.createQuery("SELECT k FROM WorkerSkill k WHERE k.userId IN :users", WorkerSkill.class)
                .setParameter("users", userIds).getResultList();
        return views(skills).stream().collect(Collectors.groupingBy(SkillView::userId, LinkedHashMap::new, Collectors.toList()));
    }

    public List<SkillView> views(List<WorkerSkill> skills) {
        if (skills.isEmpty()) {
            return List.of();
        }
        Map<UUID, ProductionStage> stages = new HashMap<>();
        em.createQuery("SELECT s FROM ProductionStage s", ProductionStage.class).getResultList().forEach(s -> stages.put(s.getId(), s));
        LocalDate today = clock.today();
        return skills.stream()
                .sorted(Comparator.comparing((WorkerSkill k) -> stages.get(k.getStageId()).getPosition()))
                .map(k -> new SkillView(k.getId(), k.getUserId(), k.getStageId(), stages.get(k.getStageId()).getName(), k.getLevel(),
                        k.getExpiresOn(), k.getNotes(), k.validOn(today),
                        k.getExpiresOn() != null && !k.getExpiresOn().isAfter(today.plusDays(SkillView.EXPIRY_WARNING_DAYS)),
                        k.getVersion()))
                .toList();
    }
}
