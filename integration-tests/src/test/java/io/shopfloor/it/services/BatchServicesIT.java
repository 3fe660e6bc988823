package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.StatusChangeCause;
import io.shopfloor.orders.entity.StatusChangeView;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.people.boundary.WorkerSkills;
import io.shopfloor.people.control.AssignmentRefusedException;
import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.people.entity.SkillDraft;
import io.shopfloor.people.entity.SkillLevel;
import io.shopfloor.platform.audit.boundary.AuditTrail;
import io.shopfloor.platform.audit.entity.AuditEntry;
import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.boundary.ProductionDashboard;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.AssignmentView;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.DashboardFigures;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.production.entity.WorkerChoice;
import io.shopfloor.quality.boundary.IssueCategories;
import io.shopfloor.quality.boundary.Issues;
import io.shopfloor.quality.entity.IssueDraft;
import io.shopfloor.quality.entity.IssueView;
import io.shopfloor.quality.entity.Severity;

/**
 * Batches on Payara Server: orders go into a batch, the batch goes through every active stage
 * (a worker doing their own stage's work, a manager advancing the rest) and its last stage
 * completes it and its orders; the rules that refuse the wrong moves, per role and organization.
 */
@ExtendWith(ArquillianExtension.class)
class BatchServicesIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Batches batches;

    @Inject
    ProductionStages stages;

    @Inject
    ProductionDashboard dashboard;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    Issues issues;

    @Inject
    WorkerSkills skills;

    @Inject
    AuditTrail auditTrail;

    @Inject
    IssueCategories categories;

    @Test
    void anOrderGoesThroughEveryStageOfItsBatchToCompleted() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        long completedThisWeek = thisWeek(dashboard.figures());
        UUID first = pendingOrder("Flow A");
        UUID second = pendingOrder("Flow B");
        List<StageView> active = stages.list().stream().filter(StageView::active).toList();

        BatchView batch = batches.create(new BatchDraft(BatchPriority.RUSH, LocalDate.now().plusDays(10), "walnut run"), List.of(first, second));
        assertThat(batch.batchNumber()).matches("B\\d{8}-\\d{3,}");
        assertThat(batch.stageName()).isEqualTo(active.get(0).name());
        assertThat(batch.orders()).extracting(BatchView.BatchOrderView::status).containsOnly(io.shopfloor.orders.entity.OrderStatus.IN_PRODUCTION);
        assertThat(orders.history(first)).last().extracting(step -> step.reason().in(Locale.ENGLISH)).isEqualTo("Added to batch " + batch.batchNumber());
        assertThat(orders.history(first)).last().extracting(step -> step.reason().in(Locale.forLanguageTag("vi")))
                .isEqualTo("Đã thêm vào lô " + batch.batchNumber());
        assertThat(batch.assignments()).extracting(AssignmentView::stageName)
                .containsExactlyElementsOf(active.stream().map(StageView::name).toList());

        // An order is in one open batch at a time, and only pending orders go into one.
        assertThatThrownBy(() -> batches.create(new BatchDraft(null, null, null), List.of(first)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already in batch " + batch.batchNumber());
        assertThatThrownBy(() -> batches.create(new BatchDraft(null, null, null), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("orderIds"));

        // An order in the batch may go on hold, but back to pending only by leaving the batch.
        long held = orders.changeStatus(first, orders.find(first).version(), OrderStatus.ON_HOLD, "customer call").version();
        assertThatThrownBy(() -> orders.changeStatus(first, held, OrderStatus.PENDING, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("is in batch " + batch.batchNumber());
        orders.changeStatus(first, held, OrderStatus.IN_PRODUCTION, "customer confirmed");

        // The worker of the first stage does that work from "my work": start, then complete, which moves the batch on.
        // Only a valid skill (qualified or expert, not expired) lets the work be given to the worker.
        UUID stageId = batch.stageId();
        String stageName = active.get(0).name();
        WorkerChoice worker = batches.workers(stageId).stream().filter(w -> w.name().startsWith("worker of")).findFirst().orElseThrow();
        BatchView unassigned = batch;
        skills.remove(worker.id(), stageId);
        assertThatThrownBy(() -> batches.assign(unassigned.id(), stageId, worker.id()))
                .isInstanceOf(AssignmentRefusedException.class).hasMessageContaining(worker.name() + " has no valid skill for " + stageName);
        skills.set(worker.id(), stageId, new SkillDraft(SkillLevel.QUALIFIED, LocalDate.now().minusDays(1), "certificate lapsed"));
        assertThatThrownBy(() -> batches.assign(unassigned.id(), stageId, worker.id()))
                .as("an expired skill").isInstanceOf(AssignmentRefusedException.class);
        skills.set(worker.id(), stageId, new SkillDraft(SkillLevel.TRAINEE, null, null));
        assertThatThrownBy(() -> batches.assign(unassigned.id(), stageId, worker.id()))
                .as("a trainee").isInstanceOf(AssignmentRefusedException.class);
        assertThat(unassigned.assignments().get(0).workerId()).isNull();
        skills.set(worker.id(), stageId, new SkillDraft(SkillLevel.QUALIFIED, LocalDate.now().plusYears(1), null));
        assertThat(batches.workers(stageId)).filteredOn(w -> w.id().equals(worker.id())).singleElement()
                .satisfies(w -> assertThat(w.skilled()).isTrue());
        batch = batches.assign(batch.id(), stageId, worker.id());
        assertThat(batch.assignments().get(0).plannedOn()).as("the worker's next working day").isAfterOrEqualTo(LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> batches.assign(batch(first).id(), stageId, workerNamed(stageId, "viewer of")))
                .isInstanceOf(InvalidInputException.class);

        Callers.signInAs("worker", TestOrganizations.GLOBEX);
        BatchView started = batch;
        AssignmentView mine = batches.myWork().stream().filter(a -> a.batchId().equals(started.id())).findFirst().orElseThrow();
        assertThat(mine.current()).isTrue();
        assertThatThrownBy(() -> batches.advance(started.id(), started.version())).isInstanceOf(PermissionDeniedException.class);
        AssignmentView working = batches.start(mine.id(), mine.version());
        assertThat(working.startedAt()).isNotNull();
        assertThat(working.runningFor(working.workerId())).isTrue();
        AssignmentView paused = batches.pause(working.id(), working.version(), IntervalEnd.MACHINE);
        assertThat(paused.runningFor(working.workerId())).isFalse();
        assertThat(paused.pausedFor()).isEqualTo(IntervalEnd.MACHINE);
        AssignmentView pausedWork = paused;
        assertThatThrownBy(() -> batches.pause(pausedWork.id(), pausedWork.version(), IntervalEnd.BREAK))
                .as("nothing runs to pause").isInstanceOf(BusinessRuleException.class);
        working = batches.start(paused.id(), paused.version());
        assertThat(working.runningFor(working.workerId())).as("resumed").isTrue();
        batch = batches.complete(working.id(), working.version());
        assertThat(batch.stageName()).isEqualTo(active.get(1).name());
        assertThat(batch.assignments().get(0).completedAt()).isNotNull();
        assertThat(batch.assignments().get(0).time().runningFor()).as("completing ends the running time").isEmpty();
        assertThat(batch.assignments().get(0).time().lastEnd()).isEqualTo(IntervalEnd.COMPLETED);

        // The manager advances through the remaining stages; the last one completes the batch and its orders.
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        for (int i = 1; i < active.size(); i++) {
            assertThat(batch.isCompleted()).isFalse();
            assertThat(batch.stageName()).isEqualTo(active.get(i).name());
            batch = batches.advance(batch.id(), batch.version());
        }
        assertThat(batch.isCompleted()).isTrue();
        assertThat(batch.orders()).extracting(BatchView.BatchOrderView::status).containsOnly(io.shopfloor.orders.entity.OrderStatus.COMPLETED);
        assertThat(orders.find(first).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(orders.history(second)).last().extracting(StatusChangeView::cause).isEqualTo(StatusChangeCause.BATCH_COMPLETED);
        assertThat(orders.history(second)).last().extracting(step -> step.reason().in(Locale.ENGLISH)).isEqualTo("Batch " + batch.batchNumber() + " completed");
        assertThat(batch.assignments()).allSatisfy(a -> assertThat(a.completedAt()).isNotNull());
        BatchView done = batch;
        assertThatThrownBy(() -> batches.advance(done.id(), done.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already completed");
        assertThat(batches.board()).extracting(c -> c.id()).doesNotContain(done.id());

        // Completed orders may go into a new batch? No: only pending ones.
        assertThatThrownBy(() -> batches.create(new BatchDraft(null, null, null), List.of(first)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("only pending orders");
        assertThat(thisWeek(dashboard.figures())).isEqualTo(completedThisWeek + 2);
    }

    @Test
    void aManagerMayAssignPastAMissingSkillWithAReasonWhichIsKeptAndAudited() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        BatchView batch = batches.create(new BatchDraft(null, null, null), List.of(pendingOrder("Override")));
        UUID stageId = batch.stageId();
        WorkerChoice worker = batches.workers(stageId).stream().filter(w -> w.name().startsWith("worker of")).findFirst().orElseThrow();
        skills.remove(worker.id(), stageId);
        assertThatThrownBy(() -> batches.assign(batch.id(), stageId, worker.id(), null, "  "))
                .as("a blank reason overrides nothing").isInstanceOf(AssignmentRefusedException.class)
                .hasMessageContaining("To assign anyway, give a reason for the override.");
        BatchView assigned = batches.assign(batch.id(), stageId, worker.id(), null, "The only one on shift who has done it before");
        assertThat(assigned.assignments().get(0).workerId()).isEqualTo(worker.id());

        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        List<AuditEntry> overrides = auditTrail.list(new AuditFilter("assignment_overrides", null, null, null, null, null),
                new PageRequest(0, 50, null, true)).items();
        assertThat(overrides).as("the override is in the audit trail").isNotEmpty()
                .allSatisfy(e -> assertThat(e.userName()).startsWith("manager of"));
        assertThat(auditTrail.detail(overrides.get(0).id(), overrides.get(0).occurredAt()).changes().toString())
                .contains("The only one on shift who has done it before");
    }

    @Test
    void aStaleVersionAQualityHoldAndAnotherOrganizationStopTheMove() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        BatchView batch = batches.create(new BatchDraft(null, null, null), List.of(pendingOrder("Stale")));
        BatchView moved = batches.advance(batch.id(), batch.version());
        assertThatThrownBy(() -> batches.advance(batch.id(), batch.version()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Batch " + batch.batchNumber() + " (now at " + moved.stageName() + ")");

        UUID safety = categories.list(false).stream().filter(c -> "safety".equals(c.code())).findFirst().orElseThrow().id();
        IssueView hold = issues.report(new IssueDraft(moved.id(), null, moved.stageId(), safety, Severity.HOLD, "Guard missing on the sander", "", null, Map.of()));
        BatchView held = batches.find(moved.id());
        assertThat(held.qualityStatus()).as("a hold is an issue of severity hold").isEqualTo(QualityStatus.HOLD);
        assertThatThrownBy(() -> batches.advance(held.id(), held.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("quality hold");
        issues.resolve(hold.id(), hold.version(), "Guard taken off for cleaning", "Guard refitted");
        BatchView cleared = batches.find(held.id());
        assertThat(cleared.qualityStatus()).as("resolving the issue releases the batch").isEqualTo(QualityStatus.GOOD);
        assertThat(batches.advance(cleared.id(), cleared.version()).stageId()).isNotEqualTo(moved.stageId());

        DashboardFigures figures = dashboard.figures();
        assertThat(figures.activeBatches()).isPositive();

        Callers.signInAs("manager", TestOrganizations.ACME);
        assertThatThrownBy(() -> batches.find(batch.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> batches.advance(batch.id(), cleared.version() + 1)).isInstanceOf(NotFoundException.class);
        assertThat(batches.board()).extracting(c -> c.id()).doesNotContain(batch.id());
    }

    @Test
    void removingAnOrderReturnsItToPendingAndItMayJoinAnotherBatch() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        UUID kept = pendingOrder("Kept");
        UUID removed = pendingOrder("Removed");
        BatchView batch = batches.create(new BatchDraft(null, null, null), List.of(kept, removed));
        batch = batches.removeOrder(batch.id(), batch.version(), removed);
        assertThat(batch.orders()).extracting(BatchView.BatchOrderView::orderId).containsExactly(kept);
        assertThat(orders.find(removed).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(orders.history(removed)).last().extracting(step -> step.reason().in(Locale.ENGLISH)).isEqualTo("Removed from batch " + batch.batchNumber());

        BatchView one = batch;
        assertThatThrownBy(() -> batches.removeOrder(one.id(), one.version(), kept))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("last order of batch " + one.batchNumber());

        BatchView other = batches.create(new BatchDraft(BatchPriority.EXPEDITE, null, null), List.of(removed));
        assertThat(other.orders()).extracting(BatchView.BatchOrderView::orderId).containsExactly(removed);
        BatchView current = batches.find(batch.id());
        assertThatThrownBy(() -> batches.addOrders(current.id(), current.version(), List.of(removed)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already in batch " + other.batchNumber());

        Callers.signInAs("viewer", TestOrganizations.GLOBEX);
        assertThat(batches.find(batch.id()).orders()).hasSize(1);
        assertThatThrownBy(() -> batches.removeOrder(current.id(), current.version(), kept)).isInstanceOf(PermissionDeniedException.class);
    }

    private UUID pendingOrder(String customer) {
        UUID customerId = customers.create(new CustomerDraft(customer + " " + UUID.randomUUID().toString().substring(0, 6), null, null, null, null)).id();
        return orders.create(new OrderDraft(customerId, null, LocalDate.now().plusDays(14), null, Map.of())).id();
    }

    private BatchView batch(UUID order) {
        return batches.board().stream().map(c -> batches.find(c.id()))
                .filter(b -> b.orders().stream().anyMatch(o -> o.orderId().equals(order))).findFirst().orElseThrow();
    }

    private UUID workerNamed(UUID stageId, String prefix) {
        return batches.workers(stageId).stream().filter(w -> w.name().startsWith(prefix)).map(WorkerChoice::id).findFirst()
                .orElse(UUID.randomUUID());
    }

    private static long thisWeek(DashboardFigures figures) {
        return figures.completedOrdersPerWeek().get(figures.completedOrdersPerWeek().size() - 1).count();
    }
}
