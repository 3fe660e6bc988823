package io.shopfloor.it.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff screens' batches list, its new-batch dialog and the batch page, as a person uses them. */
public final class BatchScreens {

    private final Browser browser;
    private final String baseUrl;

    public BatchScreens(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    public void openList() {
        browser.driver().get(baseUrl + "/batches.xhtml");
        browser.waitForAjax();
    }

    /** Opens the new-batch dialog from the list and waits until it shows the pending orders. */
    public void openNewBatch() {
        browser.driver().findElement(By.id("batches:newBatch")).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newBatch:create")));
    }

    /** The order numbers the pending-orders picker of the open dialog lists. */
    public List<String> pendingOrders(String form) {
        return browser.driver().findElements(By.cssSelector("[id='" + form + ":pendingOrders_data'] .sf-order-number")).stream()
                .map(WebElement::getText).toList();
    }

    /** Ticks an order in the pending-orders picker of the dialog's form ("newBatch" or "addOrders"). */
    public void tick(String form, String orderNumber) {
        By row = By.xpath("//tbody[@id='" + form + ":pendingOrders_data']/tr[.//span[contains(@class,'sf-order-number') and normalize-space(.)='"
                + orderNumber + "']]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(row)).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.waiting().until(ExpectedConditions.attributeToBe(row, "aria-selected", "true"));
    }

    /** Fills priority, target completion and notes of the new-batch dialog. */
    public void describeNewBatch(String priority, String target, String notes) {
        browser.choose("newBatch:priority", priority);
        browser.driver().findElement(By.id("newBatch:target_input")).sendKeys(target);
        browser.driver().findElement(By.id("newBatch:notes")).sendKeys(notes);
    }

    /** Creates the batch the dialog describes; the browser then shows the new batch's page. */
    public void createBatch() {
        browser.driver().findElement(By.id("newBatch:create")).click();
        browser.waiting().until(ExpectedConditions.urlContains("batch.xhtml?id="));
        browser.waitForAjax();
    }

    /** Clicks "Create batch" where the dialog will refuse; returns what the dialog then says. */
    public String createBatchRefused() {
        browser.driver().findElement(By.id("newBatch:create")).click();
        browser.waitForAjax();
        return browser.waiting().until(d -> {
            String text = d.findElement(By.id("newBatch")).findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null);
            return text;
        });
    }

    /** Batch number, stage, order count, worker and quality of each row of the list, by batch number. */
    public Map<String, List<String>> listedBatches() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("[id='batches:table_data'] > tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() > 1) {
                rows.put(cells.get(0).getText(), cells.stream().skip(1).map(WebElement::getText).toList());
            }
        }
        return rows;
    }

    public void openBatch(String batchNumber) {
        browser.driver().findElement(By.linkText(batchNumber)).click();
        browser.waiting().until(ExpectedConditions.urlContains("batch.xhtml?id="));
        browser.waitForAjax();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String stage() {
        return browser.driver().findElement(By.id("batch:stage")).getText();
    }

    public String fact(String id) {
        return browser.driver().findElement(By.id("batch:" + id)).getText();
    }

    /** The batch's orders as the page lists them: order number to status. */
    public Map<String, String> orders() {
        Map<String, String> orders = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("[id='batch:orders_data'] > tr"))) {
            List<WebElement> link = row.findElements(By.cssSelector("a.sf-order-link"));
            if (!link.isEmpty()) {
                orders.put(link.get(0).getText(), row.findElement(By.cssSelector(".sf-order-status")).getText());
            }
        }
        return orders;
    }

    /** The text of a batch order's row (number, customer, product, status, due). */
    public String orderRow(String orderNumber) {
        return orderRowElement(orderNumber).getText();
    }

    /** Removes an order from the batch, confirming when asked; returns the confirmation's question. */
    public String removeOrder(String orderNumber) {
        orderRowElement(orderNumber).findElement(By.cssSelector("button[id$=':remove']")).click();
        String question = confirm();
        browser.waitForAjax();
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> !orders().containsKey(orderNumber));
        return question;
    }

    /** Answers the open confirmation dialog with yes; returns what it asked. */
    private String confirm() {
        WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        String question = dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        return question;
    }

    /** Picks a worker in the menu of a stage's row, which assigns them at once. */
    public void assign(String stage, String worker) {
        chooseWorker(stage, worker);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "assigned to " + stage));
    }

    /**
     * Picks a worker whom the rules refuse (no valid skill, or a full day): the dialog asking for a
     * reason opens; returns what it says was refused.
     */
    public String assignRefused(String stage, String worker) {
        chooseWorker(stage, worker);
        WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assignAnywayDialog")));
        return dialog.findElement(By.id("refusal")).getText();
    }

    /** Gives the reason in the open "Assign anyway?" dialog and assigns. */
    public void assignAnyway(String stage, String reason) {
        WebElement field = browser.driver().findElement(By.id("assignAnyway:assignReason"));
        field.clear();
        field.sendKeys(reason);
        browser.driver().findElement(By.id("assignAnyway:assignAnywayButton")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "assigned to " + stage));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignAnywayDialog")));
    }

    /** The worker menu's items are "name (skill; today's hours)". */
    private void chooseWorker(String stage, String worker) {
        String menuId = workRow(stage).findElement(By.cssSelector("div.ui-selectonemenu")).getDomAttribute("id");
        browser.choose(menuId, label -> label.equals(worker) || label.startsWith(worker + " ("), "'" + worker + "'");
    }

    /** What a stage's worker menu says of a worker: the skill and today's hours, like "qualified; today 0 of 8 h". */
    public String workerChoice(String stage, String worker) {
        String menuId = workRow(stage).findElement(By.cssSelector("div.ui-selectonemenu")).getDomAttribute("id");
        // The menu's hidden select holds every choice, also while its panel is closed.
        return browser.driver().findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                .map(option -> option.getDomProperty("textContent").strip()).filter(l -> l.startsWith(worker + " ("))
                .map(l -> l.substring(worker.length() + 2, l.length() - 1)).findFirst().orElse("");
    }

    /** The worker a stage's row shows: the menu's choice, or the name where it cannot be changed. */
    public String workerAt(String stage) {
        WebElement row = workRow(stage);
        List<WebElement> menu = row.findElements(By.cssSelector("div.ui-selectonemenu"));
        String shown = menu.isEmpty() ? row.findElements(By.tagName("td")).get(2).getText()
                : browser.driver().findElement(By.id(menu.get(0).getDomAttribute("id") + "_label")).getText();
        int details = shown.indexOf(" (");
        return details < 0 ? shown : shown.substring(0, details);
    }

    /** The whole text of a stage's row: stage, estimate, worker, reached, started, completed, time spent, completed by. */
    public String workRowText(String stage) {
        return workRow(stage).getText();
    }

    public boolean hasAssignMenus() {
        return !browser.driver().findElements(By.cssSelector("[id='batch:work_data'] div.ui-selectonemenu")).isEmpty();
    }

    /** Clicks "Advance to next stage"; returns what the page then says. */
    public String advance() {
        return answerTo(By.id("batch:advance"));
    }

    /** Clicks "Complete the batch" at the last stage and confirms; returns the question, then what the page says. */
    public String complete() {
        WebElement before = browser.driver().findElement(By.id("messages"));
        browser.driver().findElement(By.id("batch:advance")).click();
        String question = confirm();
        browser.waitUntilReplaced(before);
        browser.waitForAjax();
        return question + "\n" + messages();
    }

    /** Opens "Add orders", ticks the orders and adds them; returns what the page then says. */
    public String addOrders(String... orderNumbers) {
        browser.driver().findElement(By.id("batch:addOrders")).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("addOrders:add")));
        for (String number : orderNumbers) {
            tick("addOrders", number);
        }
        String said = answerTo(By.id("addOrders:add"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("addOrdersDialog")));
        return said;
    }

    /** Changes priority, target completion and notes in the batch's details and saves; returns what the page then says. */
    public String editDetails(String priority, String target, String notes) {
        browser.choose("batch:priority", priority);
        WebElement targetInput = browser.driver().findElement(By.id("batch:target_input"));
        targetInput.clear();
        targetInput.sendKeys(target);
        WebElement notesInput = browser.driver().findElement(By.id("batch:notes"));
        notesInput.clear();
        notesInput.sendKeys(notes);
        return answerTo(By.id("batch:save"));
    }

    /** The id of the batch this page shows, from its address. */
    public String shownBatchId() {
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
    }

    /** Ticks or unticks "Show completed" on the list and waits for the table. */
    public void toggleShowCompleted() {
        browser.driver().findElement(By.cssSelector("[id='batches:showCompleted'] .ui-chkbox-box")).click();
        browser.waitForAjax();
    }

    /** Clicks a button whose answer re-renders the page's messages; returns what they then say. */
    private String answerTo(By button) {
        WebElement before = browser.driver().findElement(By.id("messages"));
        browser.driver().findElement(button).click();
        browser.waitUntilReplaced(before);
        browser.waitForAjax();
        return messages();
    }

    public void reload() {
        browser.driver().navigate().refresh();
        browser.waitForAjax();
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public boolean shows(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    private WebElement orderRowElement(String orderNumber) {
        return browser.driver().findElement(By.xpath("//tbody[@id='batch:orders_data']/tr[.//a[normalize-space(.)='" + orderNumber + "']]"));
    }

    private WebElement workRow(String stage) {
        return browser.driver().findElement(By.xpath("//tbody[@id='batch:work_data']/tr[.//span[contains(@class,'sf-stage-name') and normalize-space(.)='"
                + stage + "']]"));
    }
}
