package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/**
 * Production batches in a real Chromium: a manager makes a batch of pending orders, assigns and
 * advances its work, takes an order out and adds one, edits the batch, holds it for quality and
 * takes it through the last stage; refusals (no order, a stale page, a hold) show their reason; a
 * viewer only looks. Each test has an organization of its own, so the pending orders are exactly
 * the test's.
 */
class BatchesIT {

    private static final String BATCH_NUMBER = "B\\d{8}-\\d{3}";

    private TestShopfloor shopfloor;
    private TestShopfloor.Organization org;
    private Api manager;
    private Browser browser;
    private BatchScreens batches;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        org = shopfloor.newOrganization("it-batches-" + UUID.randomUUID().toString().substring(0, 6));
        manager = new Api(shopfloor.apiUrl(), org.token("manager"));
        browser = new Browser();
        batches = new BatchScreens(browser, shopfloor.staffUrl());
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void aManagerBatchesTwoPendingOrdersAssignsAndAdvancesTheWorkAndTakesAnOrderOut() {
        String product = createProduct("Aeolus");
        JsonObject first = createOrder("Hifi Corner", product, "2026-12-20");
        JsonObject second = createOrder("Klangwerk", null, "2026-12-24");
        String firstNumber = first.getString("orderNumber");
        String secondNumber = second.getString("orderNumber");
        signIn("manager");

        batches.openList();
        assertThat(batches.listedBatches()).isEmpty();
        batches.openNewBatch();
        assertThat(batches.pendingOrders("newBatch")).containsExactly(firstNumber, secondNumber);
        batches.tick("newBatch", firstNumber);
        batches.tick("newBatch", secondNumber);
        batches.describeNewBatch("Rush", "2026-12-31", "Walnut cups first");
        String today = today();
        batches.createBatch();

        String number = batches.heading().replace("Batch ", "");
        assertThat(number).matches(BATCH_NUMBER).startsWith("B" + today);
        assertThat(batches.messages()).contains("Batch " + number + " created with 2 orders.");
        assertThat(batches.orders()).containsExactly(
                Map.entry(firstNumber, "In production"), Map.entry(secondNumber, "In production"));
        assertThat(batches.orderRow(firstNumber)).contains("Hifi Corner", "Aeolus", "2026-12-20");
        assertThat(batches.stage()).isEqualTo("Intake");
        assertThat(batches.fact("shownPriority")).isEqualTo("Rush");
        assertThat(batches.fact("shownTarget")).isEqualTo("2026-12-31");
        assertThat(batches.fact("qualityStatus")).isEqualTo("Good");

        // The worker has no skill for Intake yet: the manager, who may override, assigns anyway with a reason.
        String worker = "worker of " + org.slug();
        assertThat(batches.assignRefused("Intake", worker)).startsWith(worker + " has no valid skill for Intake on ")
                .endsWith("To assign anyway, give a reason for the override.");
        batches.assignAnyway("Intake", "Covers for the trainee; shown how by the manager");
        batches.reload();
        assertThat(batches.workerAt("Intake")).as("the assignment was saved").isEqualTo(worker);

        // Someone else moves the batch on in another tab; this tab's page still shows Intake.
        String stalePage = browser.driver().getWindowHandle();
        String batchUrl = browser.driver().getCurrentUrl();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(batchUrl);
        browser.waitForAjax();
        assertThat(batches.advance()).contains("Batch " + number + " moved on to Sanding.");
        assertThat(batches.stage()).isEqualTo("Sanding");
        assertThat(batches.workRowText("Intake")).contains(worker, "manager of " + org.slug());
        browser.driver().close();
        browser.driver().switchTo().window(stalePage);

        assertThat(batches.stage()).isEqualTo("Intake");
        assertThat(batches.advance()).contains("Batch " + number + " (now at Sanding) was changed by someone else after you opened it.");
        batches.reload();
        assertThat(batches.stage()).as("advanced once, not twice").isEqualTo("Sanding");

        assertThat(batches.removeOrder(secondNumber)).as("asked first")
                .contains("Order " + secondNumber + " leaves").contains("and goes back to pending");
        assertThat(batches.messages()).contains("Order " + secondNumber + " was removed from batch " + number + ".");
        assertThat(batches.orders()).containsOnlyKeys(firstNumber);
        browser.driver().findElement(By.linkText(firstNumber)).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("order:status")).getText()).isEqualTo("In production");
        browser.driver().get(shopfloor.staffUrl() + "/order.xhtml?id=" + second.getString("id"));
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("order:status")).getText()).as("out of the batch, pending again").isEqualTo("Pending");

        batches.openList();
        assertThat(batches.listedBatches()).containsOnlyKeys(number);
        // priority, stage, orders, due (the target), worker at the current stage (nobody yet), quality
        assertThat(batches.listedBatches().get(number)).containsExactly("Rush", "Sanding", "1", "2026-12-31", "", "Good");
    }

    @Test
    void aBatchWithoutOrdersIsRefusedWithItsReasonAndNothingIsMade() {
        String order = createOrder("Hifi Corner", null, "2026-12-20").getString("orderNumber");
        signIn("manager");

        batches.openList();
        batches.openNewBatch();
        assertThat(batches.createBatchRefused()).isEqualTo("Choose at least one pending order for the batch");

        batches.openList();
        assertThat(batches.listedBatches()).isEmpty();
        batches.openNewBatch();
        assertThat(batches.pendingOrders("newBatch")).as("the order is still pending").containsExactly(order);
    }

    @Test
    void aManagerAddsAnOrderChangesTheDetailsAndAQualityHoldKeepsTheBatchAtItsStage() {
        JsonObject first = createOrder("Hifi Corner", null, "2026-12-20");
        JsonObject second = createOrder("Klangwerk", null, "2026-12-24");
        signIn("manager");
        String number = makeBatchOf(first.getString("orderNumber"));

        assertThat(batches.addOrders(second.getString("orderNumber"))).contains("1 order added to batch " + number + ".");
        assertThat(batches.orders()).containsExactly(
                Map.entry(first.getString("orderNumber"), "In production"), Map.entry(second.getString("orderNumber"), "In production"));

        assertThat(batches.editDetails("Expedite", "2027-01-15", "Matched pairs")).contains("Batch " + number + " saved.");
        batches.reload();
        assertThat(batches.fact("shownPriority")).isEqualTo("Expedite");
        assertThat(batches.fact("shownTarget")).isEqualTo("2027-01-15");
        assertThat(browser.driver().findElement(By.id("batch:notes")).getDomProperty("value")).isEqualTo("Matched pairs");

        // A colleague reports a safety issue of severity hold on the batch meanwhile.
        ProductionData data = new ProductionData(shopfloor, org);
        String hold = data.hold(batches.shownBatchId());
        batches.reload();
        assertThat(batches.fact("qualityStatus")).isEqualTo("On hold");
        assertThat(batches.advance()).contains("Batch " + number + " is on quality hold and cannot leave Intake. Resolve the issue that holds it first.");
        batches.reload();
        assertThat(batches.stage()).isEqualTo("Intake");

        data.resolve(hold);
        batches.reload();
        assertThat(batches.fact("qualityStatus")).as("resolving the issue releases the batch").isEqualTo("Good");
        assertThat(batches.advance()).contains("moved on to Sanding.");
    }

    @Test
    void aBatchThatLeavesTheLastStageIsCompletedWithItsOrdersAndListedOnlyWhenAsked() {
        JsonObject order = createOrder("Hifi Corner", null, "2026-12-20");
        signIn("manager");
        String number = makeBatchOf(order.getString("orderNumber"));

        for (String next : new String[] {"Sanding", "Finishing", "Sub-Assembly", "Final Assembly", "Acoustic QC", "Shipping"}) {
            assertThat(batches.advance()).contains("moved on to " + next + ".");
        }
        assertThat(batches.complete()).as("completing the last stage is confirmed first")
                .contains(number + " is at its last stage: moving on completes it and its order. This cannot be undone.")
                .contains("Batch " + number + " is completed, and so are its orders.");
        assertThat(batches.stage()).isEqualTo("completed");
        assertThat(batches.fact("completedAt")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(batches.orders()).containsExactly(Map.entry(order.getString("orderNumber"), "Completed"));
        assertThat(batches.shows("batch:advance")).as("a completed batch does not move").isFalse();
        assertThat(batches.hasAssignMenus()).isFalse();

        batches.openList();
        assertThat(batches.listedBatches()).isEmpty();
        batches.toggleShowCompleted();
        assertThat(batches.listedBatches()).containsOnlyKeys(number);
        assertThat(batches.listedBatches().get(number)).startsWith("Standard", "completed", "1");
    }

    @Test
    void aViewerSeesTheBatchButNoWayToChangeIt() {
        String order = createOrder("Hifi Corner", null, "2026-12-20").getString("orderNumber");
        signIn("manager");
        String number = makeBatchOf(order);
        new StaffScreens(browser, shopfloor.staffUrl()).signOut();

        signIn("viewer");
        batches.openList();
        assertThat(batches.listedBatches()).containsOnlyKeys(number);
        assertThat(batches.shows("batches:newBatch")).isFalse();
        batches.openBatch(number);
        assertThat(batches.orders()).containsOnlyKeys(order);
        assertThat(batches.stage()).isEqualTo("Intake");
        assertThat(batches.shows("batch:advance")).isFalse();
        assertThat(batches.shows("batch:save")).isFalse();
        assertThat(batches.shows("batch:addOrders")).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("button[id$=':remove']"))).isEmpty();
        assertThat(batches.hasAssignMenus()).isFalse();
    }

    /** Makes a batch of the orders on the batches list; the browser then shows the batch. Returns its number. */
    private String makeBatchOf(String... orderNumbers) {
        batches.openList();
        batches.openNewBatch();
        for (String orderNumber : orderNumbers) {
            batches.tick("newBatch", orderNumber);
        }
        batches.createBatch();
        return batches.heading().replace("Batch ", "");
    }

    private void signIn(String role) {
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email(role), TestShopfloor.PASSWORD);
    }

    /** The organization's date (Europe/Berlin), as batch numbers carry it. */
    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private String createProduct(String name) {
        Api.Response created = manager.post("/products", Json.createObjectBuilder()
                .add("name", name).add("skuPrefix", "AE").add("baseHours", 10).add("basePrice", 1499.00).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private JsonObject createOrder(String customer, String productId, String dueDate) {
        Api.Response createdCustomer = manager.post("/customers", Json.createObjectBuilder().add("name", customer).build());
        assertThat(createdCustomer.status()).as(createdCustomer.toString()).isEqualTo(201);
        var order = Json.createObjectBuilder().add("customerId", createdCustomer.json().getString("id")).add("dueDate", dueDate);
        if (productId != null) {
            order.add("productId", productId);
        }
        Api.Response created = manager.post("/orders", order.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }
}
