package io.shopfloor.production.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.users.entity.Role;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.production.entity.StageDraft;
import io.shopfloor.production.entity.StageRole;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.production.entity.StageView.RoleChoice;

/**
 * The organization's production stages: the order batches move through, estimated durations and
 * the roles responsible. Stages are deactivated, never deleted: batches refer to them.
 */
@Stateless
public class ProductionStages {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @Inject
    InputValidation validation;

    /** Every stage in order, deactivated ones included. */
    @RequiresPermission("production:read")
    public List<StageView> list() {
        List<ProductionStage> stages = em.createQuery("SELECT s FROM ProductionStage s ORDER BY s.position, LOWER(s.name)",
                ProductionStage.class).getResultList();
        Map<UUID, String> roleNames = roleNames();
        Map<UUID, List<RoleChoice>> responsible = new HashMap<>();
        em.createQuery("SELECT r FROM StageRole r", StageRole.class).getResultList().forEach(r -> responsible
                .computeIfAbsent(r.getStageId(), k -> new ArrayList<>())
                .add(new RoleChoice(r.getRoleId(), roleNames.get(r.getRoleId()))));
        return stages.stream().map(s -> view(s, responsible.getOrDefault(s.getId(), List.of()))).toList();
    }

    /** The roles a stage can name as responsible. */
    @RequiresPermission("production:read")
    public List<RoleChoice> roles() {
        return em.createQuery("SELECT r FROM Role r ORDER BY r.builtin DESC, LOWER(r.name)", Role.class).getResultStream()
                .map(r -> new RoleChoice(r.getId(), r.getName())).toList();
    }

    @RequiresPermission("production:write")
    public StageView create(StageDraft draft) {
        validation.check(draft);
        requireUnusedName(draft.name(), null);
        Map<UUID, String> roles = requireRoles(draft.roleIds());
        Integer last = em.createQuery("SELECT MAX(s.position) FROM ProductionStage s", Integer.class).getSingleResult();
        UUID tenantId = caller.tenantId();
        ProductionStage stage = new ProductionStage(tenantId, last == null ? 0 : last + 1, draft);
        em.persist(stage);
        em.flush();
        draft.roleIds().forEach(roleId -> em.persist(new StageRole(tenantId, stage.getId(), roleId)));
        em.flush();
        return view(stage, choices(draft.roleIds(), roles));
    }

    /** Renames a stage, changes its estimate and responsible roles. */
    @RequiresPermission("production:write")
    public StageView update(UUID id, long expectedVersion, StageDraft draft) {
        ProductionStage stage = findVersion(id, expectedVersion);
        validation.check(draft);
        requireUnusedName(draft.name(), id);
        Map<UUID, String> roles = requireRoles(draft.roleIds());
        stage.apply(draft);
        List<StageRole> current = em.createQuery("SELECT r FROM StageRole r WHERE r.stageId = :id", StageRole.class)
                .setParameter("id", id).getResultList();
        current.stream().filter(r -> !draft.roleIds().contains(r.getRoleId())).forEach(em::remove);
        Set<UUID> kept = current.stream().map(StageRole::getRoleId).collect(Collectors.toSet());
        draft.roleIds().stream().filter(roleId -> !kept.contains(roleId))
                .forEach(roleId -> em.persist(new StageRole(stage.getTenantId(), id, roleId)));
        em.flush();
        return view(stage, choices(draft.roleIds(), roles));
    }

    /** A deactivated stage is skipped by batches from then on; its history stays. */
    @RequiresPermission("production:write")
    public StageView setActive(UUID id, long expectedVersion, boolean active) {
        ProductionStage stage = findVersion(id, expectedVersion);
        stage.setActive(active);
        em.flush();
        return list().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Puts the stages in the given order; {@code ids} must name each stage once. */
    @RequiresPermission("production:write")
    public List<StageView> reorder(List<UUID> ids) {
        List<ProductionStage> stages = em.createQuery("SELECT s FROM ProductionStage s ORDER BY s.position", ProductionStage.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<UUID, ProductionStage> byId = new LinkedHashMap<>();
        stages.forEach(s -> byId.put(s.getId(), s));
        if (ids == null || ids.size() != byId.size() || !byId.keySet().equals(new HashSet<>(ids))) {
            throw new ConcurrentEditException("production.listOfStages");
        }
        for (int position = 0; position < ids.size(); position++) {
            byId.get(ids.get(position)).moveTo(position);
        }
        em.flush();
        return list();
    }

    private void requireUnusedName(String name, UUID except) {
        Long taken = em.createQuery("SELECT COUNT(s) FROM ProductionStage s WHERE LOWER(s.name) = :name AND s.id <> :except", Long.class)
                .setParameter("name", name.strip().toLowerCase())
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult();
        if (taken > 0) {
            throw InvalidInputException.of("name", "production.nameTaken");
        }
    }

    private Map<UUID, String> requireRoles(List<UUID> roleIds) {
        Map<UUID, String> names = roleNames();
        if (!names.keySet().containsAll(roleIds)) {
            throw InvalidInputException.of("roleIds", "roles.unknownRole");
        }
        return names;
    }

    private Map<UUID, String> roleNames() {
        return em.createQuery("SELECT r FROM Role r", Role.class).getResultStream()
                .collect(Collectors.toMap(Role::getId, Role::getName));
    }

    private static List<RoleChoice> choices(List<UUID> roleIds, Map<UUID, String> names) {
        return roleIds.stream().map(id -> new RoleChoice(id, names.get(id))).toList();
    }

    private ProductionStage findVersion(UUID id, long expectedVersion) {
        ProductionStage stage = Records.require(em, ProductionStage.class, id, "record.productionStage");
        if (stage.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("production.stageNamed", stage.getName());
        }
        return stage;
    }

    private static StageView view(ProductionStage stage, List<RoleChoice> roles) {
        List<RoleChoice> sorted = roles.stream().sorted(Comparator.comparing(RoleChoice::name)).toList();
        return new StageView(stage.getId(), stage.getName(), stage.getPosition(), stage.getEstimatedHours(), stage.isActive(),
                sorted, stage.getVersion());
    }
}
