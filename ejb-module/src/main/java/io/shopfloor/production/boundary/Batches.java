package io.shopfloor.production.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

import io.shopfloor.orders.control.OrderStatusHistory;
import io.shopfloor.orders.entity.Order;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.StatusChangeCause;
import io.shopfloor.people.control.AssignmentRules;
import io.shopfloor.people.control.WorkClock;
import io.shopfloor.people.control.WorkHours;
import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.people.entity.WorkerSkill;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.CappedCount;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.users.entity.User;
import io.shopfloor.production.control.BatchRoutes;
import io.shopfloor.production.control.BatchViews;
import io.shopfloor.production.control.QualityGate;
import io.shopfloor.production.entity.AssignmentView;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.BatchCard;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchOrder;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.production.entity.StageAssignment;
import io.shopfloor.production.entity.WorkerChoice;

/**
 * Batches of orders and their way through the active production stages: create from pending
 * orders (which go into production), add and remove orders, assign workers per stage, start and
 * complete the work, advance. Leaving the last stage completes the batch and its orders.
 *
 * <p>Every move of a batch locks its row and compares the version the caller saw, so of two
 * people moving the same batch at once one wins and the other is told the batch changed. The
 * commands and the workflow are here; {@link BatchRoutes} decides the route a batch takes,
 * {@link BatchViews} assembles what it answers with, and {@link QualityGate} whether a batch may
 * leave its stage.
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

    @Inject
    BatchRoutes routes;

    @Inject
    BatchViews views;

    @Inject
    AssignmentRules assignmentRules;

    @Inject
    WorkClock workClock;

    @Inject
    WorkHours workHours;

    /** Every incomplete batch, for the production board. */
    @RequiresPermission("production:read")
    public List<BatchCard> board() {
        return views.cards(false, null, null);
    }

    /** Batches newest first; completed ones only when asked for. */
    @RequiresPermission("production:read")
    public Page<BatchCard> list(boolean includeCompleted, PageRequest page) {
        long total = CappedCount.upTo(em.createQuery("SELECT b.id FROM Batch b WHERE :all = TRUE OR b.completedAt IS NULL", UUID.class)
                        .setParameter("all", includeCompleted), page.countCap(),
                () -> em.createQuery("SELECT COUNT(b) FROM Batch b WHERE :all = TRUE OR b.completedAt IS NULL", Long.class)
                        .setParameter("all", includeCompleted).getSingleResult());
        return CappedCount.page(views.cards(includeCompleted, page.offset(), page.limit()), total, page);
    }

    @RequiresPermission("production:read")
    public BatchView find(UUID id) {
        return views.view(Records.require(em, Batch.class, id, "record.batch"));
    }

    /** A new batch of pending orders at the first active stage; the orders go into production. */
    @RequiresPermission(MANAGE)
    public BatchView create(BatchDraft draft, List<UUID> orderIds) {
        validation.check(draft);
        if (orderIds == null || orderIds.isEmpty()) {
            throw InvalidInputException.of("orderIds", "batches.chooseOrdersForBatch");
        }
        ProductionStage first = routes.route(orderIds).stream().findFirst().orElseThrow(() -> new BusinessRuleException("batches.noActiveStage"));
        String number = (String) em.createNativeQuery("SELECT shopfloor.next_batch_number()").getSingleResult();
        CallerIdentity caller = caller();
        Batch batch = new Batch(caller.tenantId(), number, first.getId(), caller.userId(), draft);
        em.persist(batch);
        StageAssignment work = new StageAssignment(caller.tenantId(), batch.getId(), first.getId());
        work.open(OffsetDateTime.now());
        em.persist(work);
        em.flush();
        addToBatch(batch, orderIds);
        return views.flushAndView(batch);
    }

    /** Changes priority, target completion and notes. */
    @RequiresPermission(MANAGE)
    public BatchView update(UUID id, long expectedVersion, BatchDraft draft) {
        validation.check(draft);
        Batch batch = lockVersion(id, expectedVersion);
        batch.apply(draft);
        return views.flushAndView(batch);
    }

    @RequiresPermission(MANAGE)
    public BatchView addOrders(UUID id, long expectedVersion, List<UUID> orderIds) {
        if (orderIds == null || orderIds.isEmpty()) {
            throw InvalidInputException.of("orderIds", "batches.chooseOrders");
        }
        Batch batch = requireOpen(lockVersion(id, expectedVersion));
        addToBatch(batch, orderIds);
        em.lock(batch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return views.flushAndView(batch);
    }

    /** Takes an order out of an incomplete batch (not its last one); an order in production goes back to pending. */
    @RequiresPermission(MANAGE)
    public BatchView removeOrder(UUID id, long expectedVersion, UUID orderId) {
        Batch batch = requireOpen(lockVersion(id, expectedVersion));
        BatchOrder member = em.createQuery("SELECT m FROM BatchOrder m WHERE m.batchId = :batch AND m.orderId = :order", BatchOrder.class)
                .setParameter("batch", id).setParameter("order", orderId)
                .getResultStream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("orderId", "batches.notAnOrderOfBatch", batch.getBatchNumber()));
        Long members = em.createQuery("SELECT COUNT(m) FROM BatchOrder m WHERE m.batchId = :batch", Long.class)
                .setParameter("batch", id).getSingleResult();
        if (members == 1) {
            throw new BusinessRuleException("batches.lastOrder", em.find(Order.class, orderId).getOrderNumber(), batch.getBatchNumber());
        }
        Order order = em.find(Order.class, orderId);
        em.remove(member);
        OrderStatusHistory.leftBatch(em, order, caller().userId(), batch.getId());
        em.lock(batch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return views.flushAndView(batch);
    }

    /** Assigns {@code workerId} (or nobody, when null) for the worker's next working day, without overriding. */
    @RequiresPermission(MANAGE)
    public BatchView assign(UUID batchId, UUID stageId, UUID workerId) {
        return assign(batchId, stageId, workerId, null, null);
    }

    /**
     * Assigns {@code workerId} (or nobody, when null) to the batch's work at a stage, now or ahead
     * of time, for {@code day} (the worker's next working day when null; a past day counts as
     * today). The worker must be active and hold one of the stage's responsible roles, and, as the
     * database holds it, a valid skill for the stage that day and the hours for the work within
     * the day's available hours; {@code overrideReason}, from someone with people:override, lifts
     * the last two (recorded and audited).
     */
    @RequiresPermission(MANAGE)
    public BatchView assign(UUID batchId, UUID stageId, UUID workerId, LocalDate day, String overrideReason) {
        Batch batch = requireOpen(lock(batchId));
        ProductionStage stage = Optional.ofNullable(stageId).map(s -> em.find(ProductionStage.class, s))
                .orElseThrow(() -> InvalidInputException.of("stageId", "production.notAStage"));
        StageAssignment work = workAt(batch, stage.getId());
        if (work.getCompletedAt() != null) {
            throw new BusinessRuleException("batches.workCompletedNoReassign", batch.getBatchNumber(), stage.getName());
        }
        if (workerId == null) {
            work.assign(null, null);
        } else {
            User worker = requireEligible(stage, workerId);
            LocalDate planned = day == null ? assignmentRules.defaultDay(workerId) : assignmentRules.countedDay(day);
            assignmentRules.check(work.getId(), batch.getId(), stage.getId(), workerId, worker.getDisplayName(), stage.getName(),
                    planned, overrideReason);
            work.assign(workerId, planned);
        }
        em.lock(batch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return views.flushAndView(batch);
    }

    /**
     * The active users who can be assigned to a stage (those holding a responsible role, or anyone
     * when none is named), with their skill for it and today's load, the skilled first.
     */
    @RequiresPermission("production:read")
    public List<WorkerChoice> workers(UUID stageId) {
        List<User> users = responsibleUsers(stageId);
        LocalDate today = assignmentRules.countedDay(null);
        Map<UUID, WorkerSkill> skills = new HashMap<>();
        em.createQuery("SELECT k FROM WorkerSkill k WHERE k.stageId = :stage", WorkerSkill.class).setParameter("stage", stageId)
                .getResultList().forEach(k -> skills.put(k.getUserId(), k));
        Map<UUID, WorkHours.Load> loads = workHours.loads(users.stream().map(User::getId).toList(), today);
        return users.stream().map(u -> {
            WorkerSkill skill = skills.get(u.getId());
            WorkHours.Load load = loads.get(u.getId());
            return new WorkerChoice(u.getId(), u.getDisplayName(), skill == null ? null : skill.getLevel(),
                    skill != null && skill.validOn(today), load.assigned(), load.available());
        }).sorted(Comparator.comparing((WorkerChoice w) -> !w.skilled()).thenComparing(WorkerChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private List<User> responsibleUsers(UUID stageId) {
        Set<UUID> roles = responsibleRoles(stageId);
        String jpql = roles.isEmpty()
                ? "SELECT DISTINCT u FROM User u WHERE u.status = 'active'"
                : "SELECT DISTINCT u FROM User u, UserRole ur WHERE ur.userId = u.id AND ur.roleId IN :roles AND u.status = 'active'";
        var query = em.createQuery(jpql, User.class);
        if (!roles.isEmpty()) {
            query.setParameter("roles", roles);
        }
        return query.getResultList();
    }

    /**
     * Moves the batch on from its current stage: completes that stage's work and opens the next
     * active stage's; from the last stage, completes the batch and its orders in production.
     */
    @RequiresPermission(MANAGE)
    public BatchView advance(UUID id, long expectedVersion) {
        Batch batch = lockVersion(id, expectedVersion);
        moveOn(batch);
        return views.flushAndView(batch);
    }

    /** The caller's open work, the batches' current stages first. */
    @RequiresPermission("production:work")
    public List<AssignmentView> myWork() {
        List<StageAssignment> work = em.createQuery("SELECT a FROM StageAssignment a, Batch b"
                        + " WHERE b.id = a.batchId AND b.completedAt IS NULL AND a.completedAt IS NULL AND a.workerId = :me",
                        StageAssignment.class)
                .setParameter("me", caller().userId())
                .getResultList();
        return views.assignmentViews(work).stream()
                .sorted(Comparator.comparing((AssignmentView a) -> !a.current())
                        .thenComparing(a -> -a.priority().ordinal())
                        .thenComparing(AssignmentView::batchNumber))
                .toList();
    }

    /**
     * Starts (or resumes) time on the work at a batch's current stage: the caller's own, when they
     * are assigned or hold a valid skill for the stage (several workers may work one stage, each
     * with their own time); a production manager's start is the assigned worker's. Time running on
     * other work pauses (switched). The first start marks the work started.
     */
    @RequiresPermission("production:work")
    public AssignmentView start(UUID assignmentId, long expectedVersion) {
        StageAssignment work = currentWork(assignmentId, expectedVersion, true);
        if (work.getStartedAt() == null) {
            work.start(OffsetDateTime.now());
        }
        workClock.start(work.getId(), timeKeeperOf(work));
        return views.assignmentViews(List.of(work)).get(0);
    }

    /** Pauses the time on the work (the caller's, or the assigned worker's for a manager) with a reason. */
    @RequiresPermission("production:work")
    public AssignmentView pause(UUID assignmentId, long expectedVersion, IntervalEnd reason) {
        StageAssignment work = currentWork(assignmentId, expectedVersion, true);
        workClock.pause(work.getId(), timeKeeperOf(work), reason);
        return views.assignmentViews(List.of(work)).get(0);
    }

    /** Completes the work at the batch's current stage, which moves the batch on (see {@link #advance}). */
    @RequiresPermission("production:work")
    public BatchView complete(UUID assignmentId, long expectedVersion) {
        StageAssignment work = currentWork(assignmentId, expectedVersion, false);
        Batch batch = em.find(Batch.class, work.getBatchId());
        moveOn(batch);
        return views.flushAndView(batch);
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
        Optional<ProductionStage> next = routes.nextStage(batch, stage);
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
                OrderStatusHistory.changeByBatch(em, order, OrderStatus.COMPLETED, caller().userId(), StatusChangeCause.BATCH_COMPLETED, batch.getId());
            }
        }
    }

    private void addToBatch(Batch batch, List<UUID> orderIds) {
        if (orderIds.size() > MAX_ORDERS_AT_ONCE) {
            throw InvalidInputException.of("orderIds", "batches.tooManyOrders", MAX_ORDERS_AT_ONCE);
        }
        UUID by = caller().userId();
        for (UUID orderId : new LinkedHashSet<>(orderIds)) {
            Order order = orderId == null ? null : em.find(Order.class, orderId);
            if (order == null) {
                throw InvalidInputException.of("orderIds", "batches.unknownOrder");
            }
            BatchOrder.openBatchNumber(em, orderId).ifPresent(other -> {
                throw new BusinessRuleException("batches.orderInOtherBatch", order.getOrderNumber(), other);
            });
            if (order.getStatus() != OrderStatus.PENDING) {
                throw new BusinessRuleException("batches.orderNotPending", order.getOrderNumber(), order.getStatus());
            }
            em.persist(new BatchOrder(batch.getTenantId(), batch.getId(), orderId, by));
            OrderStatusHistory.changeByBatch(em, order, OrderStatus.IN_PRODUCTION, by, StatusChangeCause.ADDED_TO_BATCH, batch.getId());
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
     * The assignment, checked to be the caller's (or the caller manages production, or, when
     * {@code skilledMayJoin}, holds a valid skill for its stage) and at the batch's current stage,
     * with its batch locked so the batch cannot move meanwhile.
     */
    private StageAssignment currentWork(UUID assignmentId, long expectedVersion, boolean skilledMayJoin) {
        StageAssignment work = Records.require(em, StageAssignment.class, assignmentId, "record.assignment");
        Batch batch = lock(work.getBatchId());
        em.refresh(work);
        if (!Objects.equals(work.getWorkerId(), caller().userId()) && !callerCan(MANAGE)
                && !(skilledMayJoin && skilledToday(work.getStageId(), caller().userId()))) {
            throw new PermissionDeniedException(MANAGE, work.getWorkerId() == null ? "batches.workAssignedToNobody" : "batches.workAssignedToOther");
        }
        ProductionStage stage = em.find(ProductionStage.class, work.getStageId());
        if (batch.isCompleted() || work.getCompletedAt() != null) {
            throw new BusinessRuleException("batches.workCompleted", batch.getBatchNumber(), stage.getName());
        }
        if (!batch.getCurrentStageId().equals(work.getStageId())) {
            ProductionStage now = em.find(ProductionStage.class, batch.getCurrentStageId());
            throw new BusinessRuleException("batches.notYetAt", batch.getBatchNumber(), now.getName(), stage.getName());
        }
        if (work.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("batches.workOf", batch.getBatchNumber(), stage.getName());
        }
        return work;
    }

    /** Whose time a start or pause of the caller's is: their own, unless a manager acts for the assigned worker. */
    private UUID timeKeeperOf(StageAssignment work) {
        UUID me = caller().userId();
        if (me.equals(work.getWorkerId()) || !callerCan(MANAGE) || skilledToday(work.getStageId(), me)) {
            return me;
        }
        if (work.getWorkerId() == null) {
            throw new BusinessRuleException("batches.workAssignedToNobody");
        }
        return work.getWorkerId();
    }

    private boolean skilledToday(UUID stageId, UUID userId) {
        LocalDate today = assignmentRules.countedDay(null);
        return em.createQuery("SELECT k FROM WorkerSkill k WHERE k.userId = :user AND k.stageId = :stage", WorkerSkill.class)
                .setParameter("user", userId).setParameter("stage", stageId).getResultStream()
                .anyMatch(k -> k.validOn(today));
    }

    private User requireEligible(ProductionStage stage, UUID workerId) {
        User worker = em.find(User.class, workerId);
        if (worker == null || !worker.isActive()) {
            throw InvalidInputException.of("workerId", "users.notActiveUser");
        }
        if (responsibleUsers(stage.getId()).stream().noneMatch(u -> u.getId().equals(workerId))) {
            throw InvalidInputException.of("workerId", "batches.workerNotResponsible", worker.getDisplayName(), stage.getName());
        }
        return worker;
    }

    private Set<UUID> responsibleRoles(UUID stageId) {
        return new LinkedHashSet<>(em.createQuery("SELECT r.roleId FROM StageRole r WHERE r.stageId = :stage", UUID.class)
                .setParameter("stage", stageId).getResultList());
    }

    private Batch lock(UUID id) {
        Batch batch = em.find(Batch.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null) {
            throw new NotFoundException("record.batch", id);
        }
        return batch;
    }

    private Batch lockVersion(UUID id, long expectedVersion) {
        Batch batch = lock(id);
        if (batch.getVersion() != expectedVersion) {
            ProductionStage stage = em.find(ProductionStage.class, batch.getCurrentStageId());
            throw batch.isCompleted() ? new ConcurrentEditException("batches.batchNowCompleted", batch.getBatchNumber())
                    : new ConcurrentEditException("batches.batchNowAt", batch.getBatchNumber(), stage.getName());
        }
        return batch;
    }

    private static Batch requireOpen(Batch batch) {
        if (batch.isCompleted()) {
            throw new BusinessRuleException("batches.alreadyCompleted", batch.getBatchNumber());
        }
        return batch;
    }

    private boolean callerCan(String permission) {
        return caller.can(permission);
    }

    private CallerIdentity caller() {
        return caller.identity();
    }
}
