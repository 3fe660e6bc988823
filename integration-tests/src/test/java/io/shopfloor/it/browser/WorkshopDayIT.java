package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import io.shopfloor.it.TestShopfloor;

/**
 * A manager's day in a real Chromium, from the screens alone: a product with its options and a stage
 * estimate, a customer, two orders, a batch of them with a worker at its first stage, the batch
 * dragged across the board to Completed, and the orders, their history and the dashboard telling
 * the story. The worker, at their own desk, follows the batch on the board and in "my work". The
 * organization is the test's own, so every figure is the test's alone.
 */
class WorkshopDayIT {

    private TestShopfloor shopfloor;
    private TestShopfloor.Organization org;
    private Browser managerDesk;
    private Browser workerDesk;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        org = shopfloor.newOrganization("it-day-" + UUID.randomUUID().toString().substring(0, 6));
        managerDesk = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        String name = test.getDisplayName().replaceAll("\\W+", "_");
        managerDesk.screenshot(name + "manager");
        managerDesk.close();
        if (workerDesk != null) {
            workerDesk.screenshot(name + "worker");
            workerDesk.close();
        }
    }

    @Test
    void aManagerTakesTwoOrdersFromProductToCompletedAndTheWorkerFollowsTheBatch() {
        String url = shopfloor.staffUrl();
        ProductScreens products = new ProductScreens(managerDesk, url);
        StaffScreens staff = new StaffScreens(managerDesk, url);
        BatchScreens batches = new BatchScreens(managerDesk, url);
        ProductionScreens production = new ProductionScreens(managerDesk, url);
        String manager = "manager of " + org.slug();
        String worker = "worker of " + org.slug();
        // Due within the dashboard's next 7 days, in the organization's time zone.
        String due = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3).toString();
        signIn(managerDesk, "manager");

        // 1. A product with two options and an estimate for one stage, and a customer.
        products.createProduct("Orpheus", "OR", "High", "14", "1899.00");
        assertThat(products.heading()).isEqualTo("Orpheus");
        products.addOption("Walnut");
        products.addOption("Cherry");
        products.enterHours("Sanding", "2.5");
        products.save();
        assertThat(managerDesk.driver().findElement(By.id("messages")).getText()).contains("Product Orpheus saved.");
        managerDesk.driver().navigate().refresh();
        managerDesk.waitForAjax();
        assertThat(products.optionNames()).containsExactly("Walnut", "Cherry");
        assertThat(products.estimates()).contains("Sanding | 2.5 | required").contains("Intake |  | required");
        staff.createCustomer("Klangwerk", "buyer@klangwerk.example");

        // 2. Two orders of the product, one per option: both pending.
        staff.fillNewOrder("Klangwerk", due, "Pair for the studio");
        staff.chooseProduct("Orpheus (OR)", "Walnut");
        String walnut = staff.saveNewOrder();
        staff.fillNewOrder("Klangwerk", due, "Spare pair");
        staff.chooseProduct("Orpheus (OR)", "Cherry");
        String cherry = staff.saveNewOrder();
        assertThat(walnut).isNotEqualTo(cherry);
        assertThat(staff.listedOrders("Klangwerk")).containsOnly(Map.entry(walnut, "Pending"), Map.entry(cherry, "Pending"));

        // 3. The dashboard before production.
        production.openDashboard();
        long activeBefore = production.figure("activeBatches");
        long completedBefore = production.figure("completedThisWeek");
        long dueSoonBefore = production.figure("dueSoonOrders");
        assertThat(dueSoonBefore).as("both orders are due within 7 days").isGreaterThanOrEqualTo(2);

        // 4. A batch of both orders, the worker at its current stage.
        batches.openList();
        batches.openNewBatch();
        assertThat(batches.pendingOrders("newBatch")).contains(walnut, cherry);
        batches.tick("newBatch", walnut);
        batches.tick("newBatch", cherry);
        batches.createBatch();
        String batch = batches.heading().replace("Batch ", "");
        assertThat(batches.messages()).contains("Batch " + batch + " created with 2 orders.");
        String firstStage = batches.stage();
        new ProductionData(shopfloor, org).qualifyEverywhere("worker");
        batches.reload();
        assertThat(batches.workerChoice(firstStage, worker)).as("the menu shows the skill and today's hours")
                .matches("Qualified; today [0-9.]+ of [0-9.]+ h");
        batches.assign(firstStage, worker);
        batches.reload();
        assertThat(batches.workerAt(firstStage)).as("the assignment was saved").isEqualTo(worker);
        assertThat(batches.orders()).containsOnly(Map.entry(walnut, "In production"), Map.entry(cherry, "In production"));
        assertThat(batches.orderRow(walnut)).contains("Klangwerk", "Orpheus", due);
        assertThat(staff.listedOrders("Klangwerk"))
                .containsOnly(Map.entry(walnut, "In production"), Map.entry(cherry, "In production"));
        production.openDashboard();
        assertThat(production.figure("activeBatches")).isEqualTo(activeBefore + 1);

        // The worker, at their own desk, finds the batch on the board, where workers do not drag, and in their work.
        workerDesk = new Browser();
        ProductionScreens workerScreens = new ProductionScreens(workerDesk, url);
        signIn(workerDesk, "worker");
        workerScreens.openBoard();
        assertThat(workerScreens.stageOf(batch)).isEqualTo(firstStage);
        assertThat(workerScreens.cardText(batch)).contains("2 orders", worker);
        assertThat(workerScreens.canDrag(batch)).isFalse();
        assertThat(workerScreens.stages()).doesNotContain("Completed");
        workerScreens.openMyWork();
        assertThat(workerScreens.state(batch, firstStage)).isEqualTo("At this stage now");

        // 5. Across the board, stage by stage, to Shipping and onto Completed.
        production.openBoard();
        List<String> columns = production.stages();
        assertThat(columns).first().isEqualTo(firstStage);
        assertThat(columns).endsWith("Shipping", "Completed");
        assertThat(production.stageOf(batch)).isEqualTo(firstStage);
        assertThat(production.cardText(batch)).contains("2 orders", "Due " + due, worker);
        for (String next : columns.subList(1, columns.size() - 1)) {
            assertThat(production.drag(batch, next)).isEqualTo(batch + " moved to " + next + ".");
            assertThat(production.stageOf(batch)).isEqualTo(next);
        }
        production.drag(batch, "Completed");
        assertThat(production.confirmCompletion()).endsWith(batch + " completed; its 2 orders are completed.");
        assertThat(production.stageOf(batch)).as("no stage column shows the batch").isNull();
        production.openBoard();
        assertThat(managerDesk.driver().findElements(By.cssSelector(".sf-card[data-batch='" + batch + "']")))
                .as("the board, read again, shows no card of the completed batch").isEmpty();

        // 6. Both orders completed, with the batch in their history; the dashboard counts them.
        for (String order : List.of(walnut, cherry)) {
            staff.openOrder(order);
            assertThat(staff.orderStatus()).as(order).isEqualTo("Completed");
            assertThat(staff.orderHistory()).as(order + "'s history").last()
                    .isEqualTo("In production | Completed | " + manager + " | Batch " + batch + " completed");
        }
        production.openDashboard();
        assertThat(production.figure("completedThisWeek")).isEqualTo(completedBefore + 2);
        assertThat(production.figure("activeBatches")).isEqualTo(activeBefore);
        assertThat(production.figure("dueSoonOrders")).as("completed orders are no longer due").isEqualTo(dueSoonBefore - 2);

        // 7. The worker's board no longer shows the batch, and nothing of it is left to do.
        workerScreens.openBoard();
        assertThat(workerScreens.stageOf(batch)).isNull();
        assertThat(workerDesk.driver().findElements(By.cssSelector(".sf-card[data-batch='" + batch + "']"))).isEmpty();
        workerScreens.openMyWork();
        assertThat(workerScreens.work()).containsExactly("No work is assigned to you.");
    }

    private void signIn(Browser browser, String role) {
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email(role), TestShopfloor.PASSWORD);
    }
}
