package io.shopfloor.production.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.orders.control.OrderStatusHistory;
import io.shopfloor.orders.entity.Order;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.CappedCount;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.production.control.QualityGate;
import io.shopfloor.production.entity.AssignmentView;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.BatchCard;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchOrder;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.BatchView.BatchOrderView;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.production.entity.StageAssignment;
import io.shopfloor.production.entity.WorkerChoice;

/**
 * Batches of orders and their way through the active production stages: create from pending
 * orders (which go into production), add and remove orders, assign workers per stage, start and
 * complete the work, advance. Leaving the last stage completes the batch and its orders.
 *
 * <p>Every move of a batch locks its row and compares the version the caller saw, so of two
 * people moving the same batch at once one wins and the other is told the batch changed.
 */
@Stateless
public class Batches {

    /** Orders one request may add: each is checked and locked, so the request's time stays bounded. */
    public static final int MAX_ORDERS_AT_ONCE = 500;

    /** Managing production: any batch, any assignment. Workers (production:work) act on their own work. */
    static final String MANAGE = "production:write";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @Inject
    InputValidation validation;

    @Inject
    QualityGate qualityGate;

    /** Every incomplete batch, for the production board. */
    @RequiresPermission("production:read")
    public List<BatchCard> board() {
        return cards(false, null, null);
    }

    /** Batches newest first; completed ones only when asked for. */
    @RequiresPermission("production:read")
    public Page<BatchCard> list(boolean includeCompleted, PageRequest page) {
        long total = CappedCount.upTo(em.createQuery("SELECT b.id FROM Batch b WHERE :all = TRUE OR b.completedAt IS NULL", UUID.class)
                        .setParameter("all", includeCompleted), page.countCap(),
                () -> em.createQuery("SELECT COUNT(b) FROM Batch b WHERE :all = TRUE OR b.completedAt IS NULL", Long.class)
                        .setParameter("all", includeCompleted).getSingleResult());
        return CappedCount.page(cards(includeCompleted, page.offset(), page.limit()), total, page);
    }

    @RequiresPermission("production:read")
    public BatchView find(UUID id) {
        return view(Records.require(em, Batch.class, id, "Batch"));
    }

    /** A new batch of pending orders at the first active stage; the orders go into production. */
    @RequiresPermission(MANAGE)
    public BatchView create(BatchDraft draft, List<UUID> orderIds) {
        validation.check(draft);
        if (orderIds == null || orderIds.isEmpty()) {
            throw InvalidInputException.of("orderIds", "choose at least one pending order for the batch");
        }
        ProductionStage first = route(orderIds).stream().findFirst().orElseThrow(() -> new BusinessRuleException(
                "There is no active production stage. An administrator sets up the stages in the console first."));
        String number = (String) em.createNativeQuery("SELECT shopfloor.next_batch_number()").getSingleResult();
        CallerIdentity caller = caller();
        Batch batch = new Batch(caller.tenantId(), number, first.getId(), caller.userId(), draft);
        em.persist(batch);
        StageAssignment work = new StageAssignment(caller.tenantId(), batch.getId(), first.getId());
        work.open(OffsetDateTime.now());
        em.persist(work);
        em.flush();
        addToBatch(batch, orderIds);
        return flushAndView(batch);
    }

    /** Changes priority, target completion and notes. */
    @RequiresPermission(MANAGE)
    public BatchView update(UUID id, long expectedVersion, BatchDraft draft) {
        validation.check(draft);
        Batch batch = lockVersion(id, expectedVersion);
        batch.apply(draft);
        return flushAndView(batch);
    }

    /** Sets the quality standing; a batch on hold does not move on until the hold is cleared. */
    @RequiresPermission(MANAGE)
    public BatchView setQualityStatus(UUID id, long expectedVersion, QualityStatus status) {
        if (status == null) {
            throw InvalidInputException.of("qualityStatus", "is required");
        }
        Batch batch = lockVersion(id, expectedVersion);
        batch.setQualityStatus(status);
        return flushAndView(batch);
    }

    @RequiresPermission(MANAGE)
    public BatchView addOrders(UUID id, long expectedVersion, List<UUID> orderIds) {
        if (orderIds == null || orderIds.isEmpty()) {
            throw InvalidInputException.of("orderIds", "choose at least one pending order");
        }
        Batch batch = requireOpen(lockVersion(id, expectedVersion));
        addToBatch(batch, orderIds);
        em.lock(batch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return flushAndView(batch);
    }

    /** Takes an order out of an incomplete batch (not its last one); an order in production goes back to pending. */
    @RequiresPermission(MANAGE)
    public BatchView removeOrder(UUID id, long expectedVersion, UUID orderId) {
        Batch batch = requireOpen(lockVersion(id, expectedVersion));
        BatchOrder member = em.createQuery("SELECT m FROM BatchOrder m WHERE m.batchId = :batch AND m.orderId = :order", BatchOrder.class)
                .setParameter("batch", id).setParameter("order", orderId)
                .getResultStream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("orderId", "is not an order of batch " + batch.getBatchNumber()));
        Long members = em.createQuery("SELECT COUNT(m) FROM BatchOrder m WHERE m.batchId = :batch", Long.class)
                .setParameter("batch", id).getSingleResult();
        if (members == 1) {
            throw new BusinessRuleException("Order " + em.find(Order.class, orderId).getOrderNumber() + " is the last order of batch "
                    + batch.getBatchNumber() + "; a batch keeps at least one order.");
        }
        Order order = em.find(Order.class, orderId);
        em.remove(member);
        OrderStatusHistory.leftBatch(em, order, caller().userId(), "Removed from batch " + batch.getBatchNumber());
        em.lock(batch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return flushAndView(batch);
    }

    /**
     * Assigns {@code workerId} (or nobody, when null) to the batch's work at a stage, now or ahead
     * of time. The worker must be active and hold one of the stage's responsible roles.
     */
    @RequiresPermission(MANAGE)
    public BatchView assign(UUID batchId, UUID stageId, UUID workerId) {
        Batch batch = requireOpen(lock(batchId));
        ProductionStage stage = Optional.ofNullable(stageId).map(s -> em.find(ProductionStage.class, s))
                .orElseThrow(() -> InvalidInputException.of("stageId", "is not a production stage of this organization"));
        StageAssignment work = workAt(batch, stage.getId());
        if (work.getCompletedAt() != null) {
            throw new BusinessRuleException("The work of batch " + batch.getBatchNumber() + " at " + stage.getName()
                    + " is completed; it cannot be reassigned.");
        }
        if (workerId != null) {
            requireEligible(stage, workerId);
        }
        work.assign(workerId);
        em.lock(batch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return flushAndView(batch);
    }

    /** The active users who can be assigned to a stage: those holding a responsible role, or anyone when none is named. */
    @RequiresPermission("production:read")
    public List<WorkerChoice> workers(UUID stageId) {
        Set<UUID> roles = responsibleRoles(stageId);
        String jpql = roles.isEmpty()
                ? "SELECT DISTINCT u FROM User u WHERE u.status = 'active'"
                : "SELECT DISTINCT u FROM User u, UserRole ur WHERE ur.userId = u.id AND ur.roleId IN :roles AND u.status = 'active'";
        var query = em.createQuery(jpql, User.class);
        if (!roles.isEmpty()) {
            query.setParameter("roles", roles);
        }
        return query.getResultStream()
                .sorted(Comparator.comparing(User::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .map(u -> new WorkerChoice(u.getId(), u.getDisplayName())).toList();
    }

    /**
     * Moves the batch on from its current stage: completes that stage's work and opens the next
     * active stage's; from the last stage, completes the batch and its orders in production.
     */
    @RequiresPermission(MANAGE)
    public BatchView advance(UUID id, long expectedVersion) {
        Batch batch = lockVersion(id, expectedVersion);
        moveOn(batch);
        return flushAndView(batch);
    }

    /** The caller's open work, the batches' current stages first. */
    @RequiresPermission("production:work")
    public List<AssignmentView> myWork() {
        List<StageAssignment> work = em.createQuery("SELECT a FROM StageAssignment a, Batch b"
                        + " WHERE b.id = a.batchId AND b.completedAt IS NULL AND a.completedAt IS NULL AND a.workerId = :me",
                        StageAssignment.class)
                .setParameter("me", caller().userId())
                .getResultList();
        return assignmentViews(work).stream()
                .sorted(Comparator.comparing((AssignmentView a) -> !a.current())
                        .thenComparing(a -> -a.priority().ordinal())
                        .thenComparing(AssignmentView::batchNumber))
                .toList();
    }

    /** Starts the work on a batch at its current stage: the assigned worker, or a production manager. */
    @RequiresPermission("production:work")
    public AssignmentView start(UUID assignmentId, long expectedVersion) {
        StageAssignment work = currentWork(assignmentId, expectedVersion);
        if (work.getStartedAt() != null) {
            throw new BusinessRuleException("This work was already started.");
        }
        work.start(OffsetDateTime.now());
        em.flush();
        return assignmentViews(List.of(work)).get(0);
    }

    /** Completes the work at the batch's current stage, which moves the batch on (see {@link #advance}). */
    @RequiresPermission("production:work")
    public BatchView complete(UUID assignmentId, long expectedVersion) {
        StageAssignment work = currentWork(assignmentId, expectedVersion);
        Batch batch = em.find(Batch.class, work.getBatchId());
        moveOn(batch);
        return flushAndView(batch);
    }

    // ------------------------------------------------------------------------------------------

    private void moveOn(Batch batch) {
        requireOpen(batch);
        ProductionStage stage = em.find(ProductionStage.class, batch.getCurrentStageId());
        qualityGate.checkMayLeave(batch, stage);
        OffsetDateTime now = OffsetDateTime.now();
        StageAssignment work = workAt(batch, stage.getId());
        if (work.getOpenedAt() == null) {
            work.open(now);
        }
        work.complete(now, caller().userId());
        Optional<ProductionStage> next = nextStage(batch, stage);
        if (next.isPresent()) {
            batch.moveTo(next.get().getId());
            StageAssignment nextWork = workAt(batch, next.get().getId());
            nextWork.open(now);
            return;
        }
        batch.complete(now);
        em.flush();
        for (Order order : ordersOf(batch)) {
            if (order.getStatus() == OrderStatus.IN_PRODUCTION) {
                OrderStatusHistory.change(em, order, OrderStatus.COMPLETED, caller().userId(), "Batch " + batch.getBatchNumber() + " completed");
            }
        }
    }

    /**
     * The next stage of the batch's route after {@code stage}; a deactivated current stage still has a
     * place by its position.
     */
    private Optional<ProductionStage> nextStage(Batch batch, ProductionStage stage) {
        Comparator<ProductionStage> order = Comparator.comparingInt(ProductionStage::getPosition)
                .thenComparing(ProductionStage::getName, String.CASE_INSENSITIVE_ORDER);
        List<UUID> orderIds = em.createQuery("SELECT m.orderId FROM BatchOrder m WHERE m.batchId = :batch", UUID.class)
                .setParameter("batch", batch.getId()).getResultList();
        return route(orderIds).stream()
                .filter(s -> !s.getId().equals(stage.getId()) && order.compare(s, stage) > 0)
                .findFirst();
    }

    /**
     * The route of a batch of these orders: the active stages in order, less those no order needs.
     * An order needs a stage unless its product's estimate for it says {@code required = false}; an
     * order without a product needs every stage ("a model may skip Engraving").
     */
    private List<ProductionStage> route(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return activeStages();
        }
        @SuppressWarnings("unchecked")
        List<UUID> skipped = em.createNativeQuery("""
                        WITH products AS (
                            SELECT DISTINCT o.product_id FROM shopfloor.orders o WHERE o.id = ANY (CAST(?1 AS uuid[])))
                        SELECT e.stage_id FROM shopfloor.product_stage_estimates e
                        JOIN products p ON p.product_id = e.product_id
                        WHERE NOT e.required AND NOT EXISTS (SELECT 1 FROM products WHERE product_id IS NULL)
                        GROUP BY e.stage_id
                        HAVING count(*) = (SELECT count(*) FROM products)""")
                .setParameter(1, "{" + String.join(",", orderIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList();
        return activeStages().stream().filter(s -> !skipped.contains(s.getId())).toList();
    }

    private List<ProductionStage> activeStages() {
        return em.createQuery("SELECT s FROM ProductionStage s WHERE s.active = TRUE ORDER BY s.position, LOWER(s.name)",
                ProductionStage.class).getResultList();
    }

    private void addToBatch(Batch batch, List<UUID> orderIds) {
        if (orderIds.size() > MAX_ORDERS_AT_ONCE) {
            throw InvalidInputException.of("orderIds", "may name at most " + MAX_ORDERS_AT_ONCE + " orders at once");
        }
        UUID by = caller().userId();
        for (UUID orderId : new LinkedHashSet<>(orderIds)) {
            Order order = orderId == null ? null : em.find(Order.class, orderId);
            if (order == null) {
                throw InvalidInputException.of("orderIds", "contains an order that does not exist in this organization");
            }
            BatchOrder.openBatchNumber(em, orderId).ifPresent(other -> {
                throw new BusinessRuleException("Order " + order.getOrderNumber() + " is already in batch " + other
                        + "; an order is in one open batch at a time.");
            });
            if (order.getStatus() != OrderStatus.PENDING) {
                throw new BusinessRuleException("Order " + order.getOrderNumber() + " is " + order.getStatus().label()
                        + "; only pending orders go into a batch.");
            }
            em.persist(new BatchOrder(batch.getTenantId(), batch.getId(), orderId, by));
            OrderStatusHistory.change(em, order, OrderStatus.IN_PRODUCTION, by, "Added to batch " + batch.getBatchNumber());
        }
        em.flush();
    }

    private List<Order> ordersOf(Batch batch) {
        return em.createQuery("SELECT o FROM SalesOrder o, BatchOrder m WHERE m.orderId = o.id AND m.batchId = :batch ORDER BY o.orderNumber",
                        Order.class)
                .setParameter("batch", batch.getId()).getResultList();
    }

    /** The batch's work at a stage, created when nobody planned it yet. */
    private StageAssignment workAt(Batch batch, UUID stageId) {
        return em.createQuery("SELECT a FROM StageAssignment a WHERE a.batchId = :batch AND a.stageId = :stage", StageAssignment.class)
                .setParameter("batch", batch.getId()).setParameter("stage", stageId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    StageAssignment created = new StageAssignment(batch.getTenantId(), batch.getId(), stageId);
                    em.persist(created);
                    return created;
                });
    }

    /**
     * The assignment, checked to be the caller's (or the caller manages production) and at the
     * batch's current stage, with its batch locked so the batch cannot move meanwhile.
     */
    private StageAssignment currentWork(UUID assignmentId, long expectedVersion) {
        StageAssignment work = Records.require(em, StageAssignment.class, assignmentId, "Assignment");
        Batch batch = lock(work.getBatchId());
        em.refresh(work);
        if (!Objects.equals(work.getWorkerId(), caller().userId()) && !callerCan(MANAGE)) {
            throw new PermissionDeniedException(MANAGE, "This work is assigned to " + (work.getWorkerId() == null ? "nobody" : "someone else")
                    + "; only the assigned worker or a production manager may start or complete it.");
        }
        ProductionStage stage = em.find(ProductionStage.class, work.getStageId());
        if (batch.isCompleted() || work.getCompletedAt() != null) {
            throw new BusinessRuleException("The work of batch " + batch.getBatchNumber() + " at " + stage.getName() + " is already completed.");
        }
        if (!batch.getCurrentStageId().equals(work.getStageId())) {
            ProductionStage now = em.find(ProductionStage.class, batch.getCurrentStageId());
            throw new BusinessRuleException("Batch " + batch.getBatchNumber() + " is at " + now.getName() + ", not yet at "
                    + stage.getName() + ".");
        }
        if (work.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The work of batch " + batch.getBatchNumber() + " at " + stage.getName());
        }
        return work;
    }

    private void requireEligible(ProductionStage stage, UUID workerId) {
        User worker = em.find(User.class, workerId);
        if (worker == null || !worker.isActive()) {
            throw InvalidInputException.of("workerId", "is not an active user of this organization");
        }
        if (workers(stage.getId()).stream().noneMatch(w -> w.id().equals(workerId))) {
            throw InvalidInputException.of("workerId", worker.getDisplayName() + " holds none of the roles responsible for "
                    + stage.getName());
        }
    }

    private Set<UUID> responsibleRoles(UUID stageId) {
        return new LinkedHashSet<>(em.createQuery("SELECT r.roleId FROM StageRole r WHERE r.stageId = :stage", UUID.class)
                .setParameter("stage", stageId).getResultList());
    }

    private Batch lock(UUID id) {
        Batch batch = em.find(Batch.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null) {
            throw new NotFoundException("Batch", id);
        }
        return batch;
    }

    private Batch lockVersion(UUID id, long expectedVersion) {
        Batch batch = lock(id);
        if (batch.getVersion() != expectedVersion) {
            ProductionStage stage = em.find(ProductionStage.class, batch.getCurrentStageId());
            throw new ConcurrentEditException("Batch " + batch.getBatchNumber() + " (now "
                    + (batch.isCompleted() ? "completed" : "at " + stage.getName()) + ")");
        }
        return batch;
    }

    private static Batch requireOpen(Batch batch) {
        if (batch.isCompleted()) {
            throw new BusinessRuleException("Batch " + batch.getBatchNumber() + " is already completed.");
        }
        return batch;
    }

    private boolean callerCan(String permission) {
        return caller.can(permission);
    }

    private CallerIdentity caller() {
        return caller.identity();
    }

    // ---------------------------------------------------------------------------------- views

    private List<BatchCard> cards(boolean includeCompleted, Integer offset, Integer limit) {
        var query = em.createQuery("SELECT b.id, b.batchNumber, b.priority, b.qualityStatus, b.currentStageId, s.name,"
                        + " b.targetCompletion, b.completedAt, b.version, u.displayName"
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
                    (QualityStatus) r[3], (UUID) r[4], (String) r[5], ((Number) facts[1]).longValue(), due, (String) r[9],
                    (OffsetDateTime) r[7], ((Number) r[8]).longValue()));
        }
        return cards;
    }

    private BatchView flushAndView(Batch batch) {
        em.flush();
        em.refresh(batch);
        return view(batch);
    }

    private BatchView view(Batch batch) {
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
        for (ProductionStage active : activeStages()) {
            if (!byStage.containsKey(active.getId())) {
                rows.add(new StageAssignment(batch.getTenantId(), batch.getId(), active.getId()));
            }
        }
        List<AssignmentView> assignments = assignmentViews(rows).stream()
                .map(a -> byStage.containsKey(a.stageId()) ? a : unplanned(a))
                .toList();
        return new BatchView(batch.getId(), batch.getBatchNumber(), batch.getPriority(), batch.getQualityStatus(),
                stage.getId(), stage.getName(), batch.getTargetCompletion(), batch.getCompletedAt(), batch.getNotes(),
                batch.getCreatedAt(), batch.getVersion(), orders, assignments, !batch.isCompleted() && nextStage(batch, stage).isEmpty());
    }

    /** A stage nobody planned yet has no assignment row: shown without an id. */
    private static AssignmentView unplanned(AssignmentView a) {
        return new AssignmentView(null, a.batchId(), a.batchNumber(), a.priority(), a.stageId(), a.stageName(), a.estimatedHours(),
                null, null, null, null, null, null, a.current(), 0);
    }

    private List<AssignmentView> assignmentViews(List<StageAssignment> work) {
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
        return work.stream().sorted(stageOrder).map(a -> {
            Batch b = batches.get(a.getBatchId());
            ProductionStage s = stages.get(a.getStageId());
            boolean current = !b.isCompleted() && b.getCurrentStageId().equals(a.getStageId());
            return new AssignmentView(a.getId(), b.getId(), b.getBatchNumber(), b.getPriority(), s.getId(), s.getName(),
                    s.getEstimatedHours(), a.getWorkerId(), names.get(a.getWorkerId()), a.getOpenedAt(), a.getStartedAt(),
                    a.getCompletedAt(), names.get(a.getCompletedBy()), current, a.getVersion());
        }).toList();
    }
}
