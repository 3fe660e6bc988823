package io.shopfloor.it.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The production board, "my work" and the production dashboard, as a person uses them. */
public final class ProductionScreens {

    private static final Duration STEP = Duration.ofMillis(150);

    private final Browser browser;
    private final String baseUrl;

    public ProductionScreens(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    // ------------------------------------------------------------------------------------ board

    public ProductionScreens openBoard() {
        open("/board.xhtml");
        return this;
    }

    /** The batch numbers on the cards in the column of {@code stage} ("Completed" for the completed column). */
    public List<String> batchesAt(String stage) {
        return browser.driver().findElements(By.cssSelector(column(stage) + " .sf-card[data-batch]")).stream()
                .map(card -> card.getDomAttribute("data-batch")).toList();
    }

    /** The stage whose column shows the card of {@code batchNumber}, or null when no stage column shows it. */
    public String stageOf(String batchNumber) {
        List<WebElement> columns = browser.driver().findElements(By.cssSelector(".sf-board-column[data-stage]"));
        for (WebElement column : columns) {
            if (!column.findElements(By.cssSelector(".sf-card[data-batch='" + batchNumber + "']")).isEmpty()
                    && !column.getDomAttribute("class").contains("sf-board-completed")) {
                return column.getDomAttribute("data-stage");
            }
        }
        return null;
    }

    public List<String> stages() {
        return browser.driver().findElements(By.cssSelector(".sf-board-column[data-stage]")).stream()
                .map(c -> c.getDomAttribute("data-stage")).toList();
    }

    public String cardText(String batchNumber) {
        return card(batchNumber).getText();
    }

    public boolean cardIsOverdue(String batchNumber) {
        return card(batchNumber).getDomAttribute("class").contains("sf-card-overdue");
    }

    /** Whether the card can be picked up (jQuery UI marks what it made draggable). */
    public boolean canDrag(String batchNumber) {
        return card(batchNumber).getDomAttribute("class").contains("ui-draggable");
    }

    /**
     * Drags the card of {@code batchNumber} onto the column of {@code stage} with real mouse moves,
     * and waits for the board's answer (its messages are replaced by every drop's answer).
     */
    public String drag(String batchNumber, String stage) {
        WebElement messages = browser.driver().findElement(By.id("board:messages"));
        WebElement card = card(batchNumber);
        WebElement target = browser.driver().findElement(By.cssSelector(column(stage)));
        new Actions(browser.driver())
                .moveToElement(card, 0, card.getSize().getHeight() / 4).pause(STEP)
                .clickAndHold().pause(STEP)
                .moveByOffset(8, 8).pause(STEP)
                .moveToElement(target).pause(STEP)
                .moveByOffset(0, 6).pause(STEP)
                .release().perform();
        browser.waitUntilReplaced(messages);
        browser.waitForAjax();
        return boardMessages();
    }

    /**
     * The keyboard's way: chooses the batch and the column in "Move to" with the keys alone (focus,
     * arrow keys, Enter) and presses Move; returns the board's answer.
     */
    public String moveWithKeyboard(String batchNumber, String stage) {
        WebElement messages = browser.driver().findElement(By.id("board:messages"));
        chooseByKeyboard("board:moveBatch", batchNumber);
        chooseByKeyboard("board:moveTo", stage);
        browser.driver().findElement(By.id("board:move")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntilReplaced(messages);
        browser.waitForAjax();
        return boardMessages();
    }

    /** The labels of the board's worker menu once the batch is chosen in "Assign the work of", with the keyboard. */
    public List<String> assignChoices(String batchNumber) {
        chooseByKeyboard("board:assignBatch", batchNumber);
        browser.waitForAjax();
        return browser.driver().findElements(By.cssSelector("[id='board:assignWorker_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

    /** Gives the batch's current work to the worker from the board with the keyboard alone; the board's answer. */
    public String assignWithKeyboard(String batchNumber, String worker) {
        WebElement messages = browser.driver().findElement(By.id("board:messages"));
        assignChoices(batchNumber);
        chooseByKeyboard("board:assignWorker", worker);
        browser.driver().findElement(By.id("board:assign")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntilReplaced(messages);
        browser.waitForAjax();
        return boardMessages();
    }

    /** Picks a worker the rules refuse for the batch's current work: the dialog asking for a reason opens; what it says was refused. */
    public String assignRefusedWithKeyboard(String batchNumber, String worker) {
        assignChoices(batchNumber);
        chooseByKeyboard("board:assignWorker", worker);
        browser.driver().findElement(By.id("board:assign")).sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assignAnywayDialog")));
        return dialog.findElement(By.id("refusal")).getText();
    }

    /** The question the completion dialog asks, then its answer once confirmed (empty when no dialog opened). */
    public String confirmCompletion() {
        WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("completionDialog")));
        String question = dialog.findElement(By.id("completion:question")).getText();
        WebElement messages = browser.driver().findElement(By.id("board:messages"));
        browser.driver().findElement(By.id("completion:confirm")).click();
        browser.waitUntilReplaced(messages);
        browser.waitForAjax();
        return question + "\n" + boardMessages();
    }

    /**
     * Focuses a PrimeFaces menu (its label is the focusable combobox) and walks it with the arrow
     * keys, down and, past the last entry, up, until its label starts with {@code text}.
     */
    private void chooseByKeyboard(String menuId, String text) {
        WebElement focus = browser.driver().findElement(By.id(menuId + "_label"));
        org.openqa.selenium.Keys direction = org.openqa.selenium.Keys.ARROW_DOWN;
        String label = focus.getText();
        for (int i = 0; i < 400; i++) {
            if (label.startsWith(text)) {
                return;
            }
            focus.sendKeys(direction);
            String next = browser.driver().findElement(By.id(menuId + "_label")).getText();
            if (next.equals(label)) {
                if (direction == org.openqa.selenium.Keys.ARROW_UP) {
                    break;
                }
                direction = org.openqa.selenium.Keys.ARROW_UP;
            }
            label = next;
        }
        throw new IllegalStateException(menuId + " offers no " + text);
    }

    public String boardMessages() {
        return browser.driver().findElement(By.id("board:messages")).getText();
    }

    public long renderMillis() {
        return Long.parseLong(browser.driver().findElement(By.id("board:renderMillis")).getText().strip());
    }

    private WebElement card(String batchNumber) {
        return browser.driver().findElement(By.cssSelector(".sf-board-column:not(.sf-board-completed) .sf-card[data-batch='" + batchNumber + "']"));
    }

    private static String column(String stage) {
        return ".sf-board-column[data-stage='" + stage + "']";
    }

    // ---------------------------------------------------------------------------------- my work

    public ProductionScreens openMyWork() {
        open("/my-work.xhtml");
        return this;
    }

    /** The rows of "my work" as the table shows them, one line each. */
    public List<String> work() {
        return browser.driver().findElements(By.cssSelector("#work\\:table_data tr")).stream()
                .map(row -> row.getText().replace('\n', ' ')).toList();
    }

    /** The buttons the row of the batch's work at {@code stage} offers. */
    public List<String> actions(String batchNumber, String stage) {
        return workRow(batchNumber, stage).findElements(By.cssSelector("button")).stream().map(WebElement::getText).toList();
    }

    public String state(String batchNumber, String stage) {
        return workRow(batchNumber, stage).findElement(By.cssSelector("[id$=':state']")).getText();
    }

    /** Presses Start or Complete in the row of the batch's work at {@code stage}; returns the messages of the answer. */
    public String press(String button, String batchNumber, String stage) {
        WebElement pressed = workRow(batchNumber, stage).findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow();
        pressed.click();
        browser.waitUntilReplaced(pressed);
        browser.waitForAjax();
        return browser.driver().findElement(By.id("work:messages")).getText();
    }

    /** Pauses the caller's time on the work, choosing why in the row's menu; returns the messages of the answer. */
    public String pause(String reason, String batchNumber, String stage) {
        String menuId = workRow(batchNumber, stage).findElement(By.cssSelector("div.ui-selectonemenu")).getDomAttribute("id");
        browser.choose(menuId, reason);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        return press("Pause", batchNumber, stage);
    }

    /** Presses a button of the row that asks for confirmation first, then cancels; returns the question asked. */
    public String pressAndCancel(String button, String batchNumber, String stage) {
        String question = pressForQuestion(button, batchNumber, stage);
        browser.driver().findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        return question;
    }

    /** Presses a button of the row that asks for confirmation first, then confirms; returns the messages of the answer. */
    public String pressAndConfirm(String button, String batchNumber, String stage) {
        pressForQuestion(button, batchNumber, stage);
        WebElement yes = browser.driver().findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        yes.click();
        browser.waitUntilReplaced(yes);
        browser.waitForAjax();
        return browser.driver().findElement(By.id("work:messages")).getText();
    }

    private String pressForQuestion(String button, String batchNumber, String stage) {
        workRow(batchNumber, stage).findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow().click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(dialog));
        return browser.driver().findElement(dialog).findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
    }

    private WebElement workRow(String batchNumber, String stage) {
        return browser.driver().findElements(By.cssSelector("#work\\:table_data tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector("a[data-batch='" + batchNumber + "']")).isEmpty())
                .filter(row -> row.findElement(By.cssSelector("[id$=':stage']")).getText().equals(stage))
                .findFirst().orElseThrow(() -> new AssertionError("My work shows no row for " + batchNumber + " at " + stage
                        + ", only " + work()));
    }

    // -------------------------------------------------------------------------------- dashboard

    public ProductionScreens openDashboard() {
        open("/dashboard.xhtml");
        return this;
    }

    /** A figure of the dashboard by the id of its number: activeBatches, overdueOrders, dueSoonOrders, completedThisWeek. */
    public long figure(String id) {
        return Long.parseLong(browser.driver().findElement(By.id(id)).getText().strip());
    }

    /** The values the chart (by its widget name) draws in its first data set, once Chart.js has drawn it. */
    @SuppressWarnings("unchecked")
    public List<Object> chartValues(String widget) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.waiting().until(d -> Boolean.TRUE.equals(js.executeScript("return !!(PF('" + widget + "') && PF('" + widget + "').chart);")));
        return (List<Object>) js.executeScript("return PF('" + widget + "').chart.data.datasets[0].data;");
    }

    @SuppressWarnings("unchecked")
    public List<String> chartLabels(String widget) {
        chartValues(widget);
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return PF('" + widget + "').chart.data.labels;");
    }

    // ------------------------------------------------------------------------------------------

    public boolean shows(By element) {
        return !browser.driver().findElements(element).isEmpty();
    }

    private void open(String page) {
        browser.driver().get(baseUrl + page);
        browser.waitForAjax();
    }
}
