package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.shopfloor.it.TestShopfloor;

/**
 * The production board, "my work" and the dashboard in a real Chromium: a manager drags a batch
 * through every stage to completed and the dashboard counts it; the service's refusals show on
 * the board; a worker does their own work from "my work"; a viewer only looks. Each test has an
 * organization of its own, so the dashboard's figures are the test's alone.
 */
class ProductionBoardIT {

    /** The stages every new organization starts with. */
    private static final List<String> STAGES = List.of("Intake", "Sanding", "Finishing", "Sub-Assembly", "Final Assembly",
            "Acoustic QC", "Shipping");

    private TestShopfloor shopfloor;
    private TestShopfloor.Organization org;
    private ProductionData data;
    private Browser browser;
    private ProductionScreens screens;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        org = shopfloor.newOrganization("it-board-" + UUID.randomUUID().toString().substring(0, 6));
        data = new ProductionData(shopfloor, org);
        browser = new Browser();
        screens = new ProductionScreens(browser, shopfloor.staffUrl());
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void aManagerDragsABatchThroughEveryStageToCompletedAndTheDashboardCountsItsOrders() {
        String customer = data.customer("Klangwerk");
        List<String> orders = List.of(data.pendingOrder(customer, LocalDate.now().plusDays(3)),
                data.pendingOrder(customer, LocalDate.now().plusDays(4)));
        JsonObject created = data.batch(orders, "rush");
        String batch = created.getString("batchNumber");
        signIn("manager");

        screens.openDashboard();
        long active = screens.figure("activeBatches");
        long dueSoon = screens.figure("dueSoonOrders");
        long completed = screens.figure("completedThisWeek");
        assertThat(active).isEqualTo(1);
        assertThat(dueSoon).isEqualTo(2);
        assertThat(screens.figure("overdueOrders")).isZero();
        assertThat(screens.chartLabels("activeBatchesChart")).containsExactlyElementsOf(STAGES);
        assertThat(screens.chartValues("activeBatchesChart")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(screens.chartLabels("ordersDueChart")).startsWith("Overdue", "Today").hasSize(8);
        assertThat(screens.chartValues("ordersDueChart").stream().mapToLong(v -> ((Number) v).longValue()).sum()).isEqualTo(2);
        assertThat(screens.chartValues("completedChart")).hasSize(8);
        assertThat(screens.chartLabels("hoursChart")).containsExactlyElementsOf(STAGES);

        screens.openBoard();
        assertThat(screens.stages()).containsExactly("Intake", "Sanding", "Finishing", "Sub-Assembly", "Final Assembly", "Acoustic QC",
                "Shipping", "Completed");
        assertThat(screens.stageOf(batch)).isEqualTo("Intake");
        assertThat(screens.cardText(batch)).contains("RUSH", "2 orders", "Due " + LocalDate.now().plusDays(3), "Unassigned");
        assertThat(screens.cardIsOverdue(batch)).isFalse();
        assertThat(screens.canDrag(batch)).isTrue();
        assertThat(screens.renderMillis()).isNotNegative();

        assertThat(screens.drag(batch, "Sanding")).isEqualTo(batch + " moved to Sanding.");
        assertThat(screens.stageOf(batch)).isEqualTo("Sanding");
        assertThat(screens.batchesAt("Intake")).doesNotContain(batch);

        // Anywhere but the next stage is refused, and nothing moves.
        assertThat(screens.drag(batch, "Sub-Assembly")).isEqualTo(batch + " can only move to the next stage, Finishing.");
        assertThat(screens.drag(batch, "Intake")).isEqualTo(batch + " can only move to the next stage, Finishing.");
        assertThat(screens.drag(batch, "Completed")).isEqualTo(batch + " can only move to the next stage, Finishing.");
        assertThat(screens.stageOf(batch)).isEqualTo("Sanding");
        assertThat(data.batch(created.getString("id")).getString("stageName")).isEqualTo("Sanding");

        // The same moves with the keyboard alone, under the same rules.
        assertThat(screens.moveWithKeyboard(batch, "Shipping")).isEqualTo(batch + " can only move to the next stage, Finishing.");
        assertThat(screens.moveWithKeyboard(batch, "Finishing")).isEqualTo(batch + " moved to Finishing.");
        assertThat(screens.stageOf(batch)).isEqualTo("Finishing");

        for (String next : STAGES.subList(3, STAGES.size())) {
            assertThat(screens.drag(batch, next)).isEqualTo(batch + " moved to " + next + ".");
            assertThat(screens.stageOf(batch)).isEqualTo(next);
        }
        assertThat(screens.drag(batch, "Acoustic QC")).isEqualTo(batch + " is at the last stage, Shipping, and can only move to Completed.");
        screens.drag(batch, "Completed");
        assertThat(screens.confirmCompletion()).as("completing is confirmed first")
                .isEqualTo("Complete " + batch + " and its 2 orders? This cannot be undone.\n" + batch + " completed; its 2 orders are completed.");
        assertThat(screens.stageOf(batch)).isNull();
        assertThat(screens.batchesAt("Completed")).containsExactly(batch);

        assertThat(orders).allSatisfy(order -> assertThat(data.orderStatus(order)).isEqualTo("completed"));
        browser.driver().get(shopfloor.staffUrl() + "/order.xhtml?id=" + orders.get(0));
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("order:status")).getText()).isEqualTo("Completed");

        screens.openDashboard();
        assertThat(screens.figure("completedThisWeek")).isEqualTo(completed + 2);
        assertThat(screens.figure("activeBatches")).isEqualTo(active - 1);
        assertThat(screens.figure("dueSoonOrders")).as("completed orders are no longer due").isEqualTo(dueSoon - 2);
        List<Object> weeks = screens.chartValues("completedChart");
        assertThat(((Number) weeks.get(weeks.size() - 1)).longValue()).isEqualTo(completed + 2);
    }

    @Test
    void aManagerAssignsABatchsCurrentWorkFromTheBoardSeeingEachWorkersSkillAndLoad() {
        String customer = data.customer("Hörwerk");
        String batch = data.batch(List.of(data.pendingOrder(customer, LocalDate.now().plusDays(6))), "standard").getString("batchNumber");
        String worker = "worker of " + org.slug();
        signIn("manager");

        // Without a skill for Intake: the menu says so, and the refusal asks the manager (people:override) why to assign anyway.
        screens.openBoard();
        List<String> choices = screens.assignChoices(batch);
        assertThat(choices).hasSize(2).first().isEqualTo("Nobody");
        assertThat(choices.get(1)).startsWith(worker + " (no skill for this stage; today 0 of ").endsWith(" h)");
        assertThat(screens.assignRefusedWithKeyboard(batch, worker)).startsWith(worker + " has no valid skill for Intake on ");
        browser.driver().findElement(By.id("assignAnyway:assignCancel")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignAnywayDialog")));
        assertThat(screens.cardText(batch)).contains("Unassigned");

        // Qualified: the menu shows the level, and the work is the worker's.
        data.qualifyEverywhere("worker");
        screens.openBoard();
        assertThat(screens.assignChoices(batch)).anySatisfy(label -> assertThat(label).startsWith(worker + " (Qualified; today 0 of "));
        assertThat(screens.assignWithKeyboard(batch, worker)).isEqualTo(worker + " is assigned to Intake.");
        assertThat(screens.cardText(batch)).contains(worker).doesNotContain("Unassigned");
    }

    @Test
    void aBatchSomeoneElseMovedOrPutOnHoldIsRefusedWithTheServicesMessageAndTheBoardShowsWhereItIs() {
        String customer = data.customer("Hifi Corner");
        JsonObject created = data.batch(List.of(data.pendingOrder(customer, LocalDate.now().minusDays(2))), "expedite");
        String batch = created.getString("batchNumber");
        signIn("manager");
        screens.openBoard();
        assertThat(screens.stageOf(batch)).isEqualTo("Intake");
        assertThat(screens.cardIsOverdue(batch)).isTrue();
        assertThat(screens.cardText(batch)).contains("EXPEDITE", "1 order", "OVERDUE");

        // Another manager moves it while this board still shows it at Intake.
        data.advance(created.getString("id"));
        assertThat(screens.stageOf(batch)).isEqualTo("Intake");
        assertThat(screens.drag(batch, "Sanding"))
                .contains("Batch " + batch + " (now at Sanding) was changed by someone else after you opened it.")
                .contains("The board has been read again");
        assertThat(screens.stageOf(batch)).isEqualTo("Sanding");
        assertThat(data.batch(created.getString("id")).getString("stageName")).as("not moved twice").isEqualTo("Sanding");

        data.hold(created.getString("id"));
        screens.openBoard();
        assertThat(screens.cardText(batch)).contains("QUALITY: ON HOLD");
        assertThat(screens.drag(batch, "Finishing"))
                .isEqualTo("Batch " + batch + " is on quality hold and cannot leave Sanding. Resolve the issue that holds it first.");
        assertThat(screens.stageOf(batch)).isEqualTo("Sanding");
        assertThat(data.batch(created.getString("id")).getString("stageName")).isEqualTo("Sanding");
    }

    @Test
    void completingTheLastStageInMyWorkAsksFirstBecauseItCompletesTheBatchAndItsOrders() {
        String customer = data.customer("Hallraum");
        String order = data.pendingOrder(customer, LocalDate.now().plusDays(5));
        JsonObject created = data.batch(List.of(order), "standard");
        String batch = created.getString("batchNumber");
        String id = created.getString("id");
        data.assign(id, "Shipping", "worker");
        for (int i = 0; i < STAGES.size() - 1; i++) {
            data.advance(id);
        }
        signIn("worker");

        screens.openMyWork();
        assertThat(screens.pressAndCancel("Complete", batch, "Shipping"))
                .contains(batch, "Shipping", "cannot be undone");
        assertThat(data.batch(id).getString("stageName")).as("cancelled: nothing happened").isEqualTo("Shipping");
        assertThat(screens.pressAndConfirm("Complete", batch, "Shipping"))
                .isEqualTo("You completed the work on " + batch + " at Shipping; the batch and its orders are completed.");
        assertThat(data.batch(id).getString("completedAt", null)).as("completed").isNotNull();
    }

    @Test
    void aWorkerStartsAndCompletesTheirOwnWorkWhichMovesTheBatchOn() {
        String customer = data.customer("Tonstudio");
        JsonObject created = data.batch(List.of(data.pendingOrder(customer, LocalDate.now().plusDays(10))), "standard");
        String batch = created.getString("batchNumber");
        String id = created.getString("id");
        data.assign(id, "Intake", "worker");
        data.assign(id, "Sanding", "worker");
        signIn("worker");

        screens.openMyWork();
        assertThat(screens.work()).hasSize(2);
        assertThat(screens.work().get(0)).contains(batch, "Intake");
        assertThat(screens.state(batch, "Intake")).isEqualTo("At this stage now");
        assertThat(screens.actions(batch, "Intake")).containsExactly("Start", "Complete");
        assertThat(screens.state(batch, "Sanding")).isEqualTo("Waiting for the batch to arrive");
        assertThat(screens.actions(batch, "Sanding")).isEmpty();

        assertThat(screens.press("Start", batch, "Intake")).isEqualTo("You started the work on " + batch + " at Intake.");
        assertThat(screens.state(batch, "Intake")).isEqualTo("Your time is running");
        assertThat(screens.actions(batch, "Intake")).containsExactly("Pause", "Complete");

        // A pause says why; the time stops until the worker resumes.
        assertThat(screens.pause("Waiting for material", batch, "Intake"))
                .isEqualTo("You paused the work on " + batch + " at Intake: Waiting for material.");
        assertThat(screens.state(batch, "Intake")).isEqualTo("Paused: Waiting for material");
        assertThat(screens.actions(batch, "Intake")).containsExactly("Resume", "Complete");
        assertThat(screens.press("Resume", batch, "Intake")).isEqualTo("You started the work on " + batch + " at Intake.");
        assertThat(screens.state(batch, "Intake")).isEqualTo("Your time is running");

        assertThat(screens.press("Complete", batch, "Intake"))
                .isEqualTo("You completed the work on " + batch + " at Intake; the batch moved to Sanding.");
        assertThat(screens.work()).hasSize(1);
        assertThat(screens.state(batch, "Sanding")).isEqualTo("At this stage now");
        assertThat(screens.actions(batch, "Sanding")).containsExactly("Start", "Complete");
        assertThat(data.batch(id).getString("stageName")).isEqualTo("Sanding");

        // The dashboard now has a time for Intake (started to completed) and none yet for Sanding.
        screens.openDashboard();
        List<Object> hours = screens.chartValues("hoursChart");
        assertThat(hours.get(0)).as("average hours at Intake").isNotNull();
        assertThat(hours.get(1)).as("average hours at Sanding").isNull();

        // The board shows the batch where the worker's work moved it; workers do not drag.
        screens.openBoard();
        assertThat(screens.stageOf(batch)).isEqualTo("Sanding");
        assertThat(screens.cardText(batch)).contains("worker of " + org.slug());
        assertThat(screens.canDrag(batch)).isFalse();
        assertThat(screens.shows(By.cssSelector(".sf-board-completed"))).isFalse();

        // A manager moves the batch on meanwhile: the worker's page still offers Start, and the service says why not.
        screens.openMyWork();
        data.advance(id);
        assertThat(screens.press("Start", batch, "Sanding")).isEqualTo("The work of batch " + batch + " at Sanding is already completed.");
        assertThat(screens.work()).containsExactly("No work is assigned to you.");
    }

    @Test
    void aViewerSeesTheBoardWithoutDraggingAndHasNoWorkToDo() {
        String customer = data.customer("Plattenladen");
        String batch = data.batch(List.of(data.pendingOrder(customer, LocalDate.now().plusDays(5))), "standard").getString("batchNumber");
        signIn("viewer");

        screens.openBoard();
        assertThat(screens.stageOf(batch)).isEqualTo("Intake");
        assertThat(screens.canDrag(batch)).isFalse();
        assertThat(screens.stages()).doesNotContain("Completed");
        assertThat(screens.shows(By.id("navMyWork"))).isFalse();
        assertThat(screens.shows(By.id("navBoard"))).isTrue();

        screens.openMyWork();
        assertThat(browser.driver().findElement(By.id("notAllowed")).getText()).contains("production:work");
        assertThat(screens.shows(By.id("work:table"))).isFalse();
        assertThat(screens.shows(By.cssSelector("button"))).as("no Start or Complete").isFalse();

        screens.openDashboard();
        assertThat(screens.figure("activeBatches")).isEqualTo(1);
    }

    private void signIn(String role) {
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email(role), TestShopfloor.PASSWORD);
    }
}
