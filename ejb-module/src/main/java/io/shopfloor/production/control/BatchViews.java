package io.shopfloor.production.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.people.control.WorkHours;
import io.shopfloor.people.entity.WorkTime;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.production.entity.AssignmentView;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.BatchCard;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.BatchView.BatchOrderView;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.production.entity.StageAssignment;

/**
 * What the batch services answer with: the board's cards, a batch with its orders and its work at
 * every stage, a worker's work. Read with a fixed number of queries, never one per card.
 */
@Dependent
public class BatchViews {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    BatchRoutes routes;

    @Inject
    WorkHours hours;

    /** Batch cards newest first: the incomplete ones, or all; a page of them when {@code offset} is given. */
    public List<BatchCard> cards(boolean includeCompleted, Integer offset, Integer limit) {
        var query = em.createQuery("SELECT b.id, b.batchNumber, b.priority, b.qualityStatus, b.currentStageId, s.name,"
                        + " b.targetCompletion, b.completedAt, b.version, u.displayName, a.workerId"
                        + " FROM Batch b JOIN ProductionStage s ON s.id = b.currentStageId"
                        + " LEFT JOIN StageAssignment a ON a.batchId = b.id AND a.stageId = b.currentStageId"
                        + " LEFT JOIN User u ON u.id = a.workerId"
                        + " WHERE :all = TRUE OR b.completedAt IS NULL"
                        + " ORDER BY b.createdAt DESC, b.batchNumber DESC", Object[].class)
                .setParameter("all", includeCompleted);
        if (offset != null) {
            query.setFirstResult(offset).setMaxResults(limit);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // The board (every incomplete batch) names its batches by a subquery, a page by their ids.
        Map<UUID, Object[]> orderFacts = new HashMap<>();
        var factsQuery = em.createQuery("SELECT m.batchId, COUNT(m), MIN(o.dueDate) FROM BatchOrder m, SalesOrder o WHERE o.id = m.orderId AND "
                + (offset == null ? "m.batchId IN (SELECT b.id FROM Batch b WHERE b.completedAt IS NULL)" : "m.batchId IN :ids")
                + " GROUP BY m.batchId", Object[].class);
        if (offset != null) {
            factsQuery.setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList());
        }
        factsQuery.getResultList().forEach(r -> orderFacts.put((UUID) r[0], r));
        List<BatchCard> cards = new ArrayList<>();
        for (Object[] r : rows) {
            Object[] facts = orderFacts.getOrDefault((UUID) r[0], new Object[] {r[0], 0L, null});
            LocalDate due = r[6] != null ? (LocalDate) r[6] : (LocalDate) facts[2];
            cards.add(new BatchCard((UUID) r[0], (String) r[1], (BatchPriority) r[2],
                    (QualityStatus) r[3], (UUID) r[4], (String) r[5], ((Number) facts[1]).longValue(), due, (UUID) r[10], (String) r[9],
                    (OffsetDateTime) r[7], ((Number) r[8]).longValue()));
        }
        return cards;
    }

    /** The batch as it is now, after writing what the transaction changed. */
    public BatchView flushAndView(Batch batch) {
        em.flush();
        em.refresh(batch);
        return view(batch);
    }

    public BatchView view(Batch batch) {
        ProductionStage stage = em.find(ProductionStage.class, batch.getCurrentStageId());
        // The order is the root of the FROM: EclipseLink attaches an ON-joined outer join to the first entity.
        List<BatchOrderView> orders = em.createQuery("SELECT o.id, o.orderNumber, c.name, p.name, o.status, o.dueDate"
                        + " FROM SalesOrder o JOIN Customer c ON c.id = o.customerId LEFT JOIN Product p ON p.id = o.productId"
                        + " WHERE o.id IN (SELECT m.orderId FROM BatchOrder m WHERE m.batchId = :batch) ORDER BY o.orderNumber", Object[].class)
                .setParameter("batch", batch.getId())
                .getResultStream()
                .map(r -> new BatchOrderView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (OrderStatus) r[4], (LocalDate) r[5]))
                .toList();
        List<StageAssignment> work = em.createQuery("SELECT a FROM StageAssignment a WHERE a.batchId = :batch", StageAssignment.class)
                .setParameter("batch", batch.getId()).getResultList();
        // Every active stage shows, planned or not; a stage the batch passed stays even if deactivated since.
        Map<UUID, StageAssignment> byStage = new HashMap<>();
        work.forEach(a -> byStage.put(a.getStageId(), a));
        List<StageAssignment> rows = new ArrayList<>(work);
        for (ProductionStage active : routes.activeStages()) {
            if (!byStage.containsKey(active.getId())) {
                rows.add(new StageAssignment(batch.getTenantId(), batch.getId(), active.getId()));
            }
        }
        List<AssignmentView> assignments = assignmentViews(rows).stream()
                .map(a -> byStage.containsKey(a.stageId()) ? a : unplanned(a))
                .toList();
        return new BatchView(batch.getId(), batch.getBatchNumber(), batch.getPriority(), batch.getQualityStatus(),
                stage.getId(), stage.getName(), batch.getTargetCompletion(), batch.getCompletedAt(), batch.getNotes(),
                batch.getCreatedAt(), batch.getVersion(), orders, assignments, routes.isAtLastStage(batch));
    }

    /** A stage nobody planned yet has no assignment row: shown without an id. */
    private static AssignmentView unplanned(AssignmentView a) {
        return new AssignmentView(null, a.batchId(), a.batchNumber(), a.priority(), a.stageId(), a.stageName(), a.estimatedHours(),
                null, null, null, null, null, null, null, a.current(), a.lastStage(), WorkTime.NONE, 0);
    }

    /** Stage work as people see it, in stage order. */
    public List<AssignmentView> assignmentViews(List<StageAssignment> work) {
        if (work.isEmpty()) {
            return List.of();
        }
        Map<UUID, ProductionStage> stages = new HashMap<>();
        em.createQuery("SELECT s FROM ProductionStage s", ProductionStage.class).getResultList().forEach(s -> stages.put(s.getId(), s));
        Set<UUID> batchIds = new LinkedHashSet<>();
        Set<UUID> userIds = new LinkedHashSet<>();
        work.forEach(a -> {
            batchIds.add(a.getBatchId());
            if (a.getWorkerId() != null) {
                userIds.add(a.getWorkerId());
            }
            if (a.getCompletedBy() != null) {
                userIds.add(a.getCompletedBy());
            }
        });
        Map<UUID, Batch> batches = new HashMap<>();
        em.createQuery("SELECT b FROM Batch b WHERE b.id IN :ids", Batch.class).setParameter("ids", batchIds)
                .getResultList().forEach(b -> batches.put(b.getId(), b));
        Map<UUID, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class).setParameter("ids", userIds)
                    .getResultList().forEach(u -> names.put(u.getId(), u.getDisplayName()));
        }
        Comparator<StageAssignment> stageOrder = Comparator.comparingInt((StageAssignment a) -> stages.get(a.getStageId()).getPosition())
                .thenComparing(a -> stages.get(a.getStageId()).getName(), String.CASE_INSENSITIVE_ORDER);
        Map<UUID, Boolean> atLastStage = new HashMap<>();
        Map<WorkHours.Work, BigDecimal> estimates = hours.estimates(work.stream()
                .map(a -> new WorkHours.Work(a.getBatchId(), a.getStageId())).collect(Collectors.toSet()));
        Map<UUID, WorkTime> spent = hours.spent(work.stream().map(StageAssignment::getId).collect(Collectors.toSet()));
        return work.stream().sorted(stageOrder).map(a -> {
            Batch b = batches.get(a.getBatchId());
            ProductionStage s = stages.get(a.getStageId());
            boolean current = !b.isCompleted() && b.getCurrentStageId().equals(a.getStageId());
            boolean lastStage = current && atLastStage.computeIfAbsent(b.getId(), id -> routes.isAtLastStage(b));
            return new AssignmentView(a.getId(), b.getId(), b.getBatchNumber(), b.getPriority(), s.getId(), s.getName(),
                    estimates.get(new WorkHours.Work(b.getId(), s.getId())), a.getWorkerId(), names.get(a.getWorkerId()), a.getPlannedOn(),
                    a.getOpenedAt(), a.getStartedAt(), a.getCompletedAt(), names.get(a.getCompletedBy()), current, lastStage,
                    spent.getOrDefault(a.getId(), WorkTime.NONE), a.getVersion());
        }).toList();
    }
}
