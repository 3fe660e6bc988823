package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/**
 * Quality checks in a real Chromium: a worker at a stage with a checklist cannot complete the work
 * before filing the check; from My work they file it, a reading out of limits fails it and opens
 * an issue, a photo shows as a thumbnail (another organization gets 404 for it), and they report an
 * issue of their own; the manager sees the critical issue flagged on the board's card, assigns and
 * resolves it (a resolution is required), reads its history, and lets the batch past the gate with
 * a written reason.
 */
class QualityChecksIT {

    private TestShopfloor shopfloor;
    private TestShopfloor.Organization org;
    private Api manager;
    private Browser browser;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        org = shopfloor.newOrganization("it-quality-" + UUID.randomUUID().toString().substring(0, 6));
        manager = new Api(shopfloor.apiUrl(), org.token("manager"));
        browser = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void aWorkerFilesTheCheckFromMyWorkAFailedReadingOpensAnIssueAndTheManagerOverridesTheGate() throws IOException {
        JsonObject batch = batchWithChecklist();
        String number = batch.getString("batchNumber");
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email("worker"), TestShopfloor.PASSWORD);

        open("/my-work.xhtml");
        click(By.id("work:table:0:complete"));
        assertThat(globalMessages()).as("the gate names the checklist").contains("cannot leave Intake").contains("Cup fit");

        click(By.id("work:table:0:checks"));
        assertThat(text(By.id("check:needs"))).contains("Cup fit").contains("Not filed yet").containsIgnoringCase("Keeps the batch here");
        click(By.id("check:needs:0:file"));
        assertThat(text(By.id("check:checklistName"))).isEqualTo("Cup fit (version 1)");

        browser.driver().findElement(By.cssSelector("[id='check:items:0:verdict'] label[for$='verdict:0']")).click();
        browser.waitForAjax();
        WebElement reading = browser.driver().findElement(By.id("check:items:1:reading"));
        reading.sendKeys("0.45", Keys.TAB);
        browser.waitForAjax();
        assertThat(text(By.id("check:items:1:judged"))).isEqualToIgnoringCase("Outside the limits");

        Path photo = Files.createTempFile("grain", ".png");
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        browser.driver().findElement(By.cssSelector("[id='check:items:0:photo'] input[type=file]")).sendKeys(photo.toString());
        WebElement thumbnail = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sf-thumbnail")));
        browser.waitForAjax();
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.javascript("return arguments[0].complete;", thumbnail)));
        assertThat(((Number) browser.javascript("return arguments[0].naturalWidth;", thumbnail)).intValue())
                .as("the thumbnail the server made").isEqualTo(240);
        String fileId = thumbnail.getDomAttribute("src").replaceAll(".*/files/([0-9a-f-]+)/thumbnail.*", "$1");

        click(By.id("check:complete"));
        String question = confirm();
        assertThat(question).contains("Its results are final");
        assertThat(globalMessages()).contains("Check Cup fit completed: Critical. Issue Q-000001 was opened.");
        assertThat(text(By.id("check:status"))).isEqualTo("Critical");

        Api otherOrganization = new Api(shopfloor.apiUrl(), shopfloor.globex().token("manager"));
        assertThat(otherOrganization.download("/files/" + fileId + "/thumbnail").status()).as("another organization's photo").isEqualTo(404);
        assertThat(manager.download("/files/" + fileId + "/thumbnail").status()).isEqualTo(200);

        // The worker reports an issue of their own from the batch page; it is theirs to report, not to resolve.
        open("/batch.xhtml?id=" + batch.getString("id"));
        click(By.id("batch:reportIssue"));
        browser.choose("issue:category", "Material defect (Warning, 48 h)");
        browser.driver().findElement(By.id("issue:title")).sendKeys("Knot in the top");
        click(By.id("issue:report"));
        assertThat(globalMessages()).contains("Issue Q-000002 reported.");
        assertThat(text(By.id("facts"))).contains("worker of " + org.slug()).containsIgnoringCase("On track");
        assertThat(text(By.id("resolve"))).contains("The issue's assignee or a quality manager changes and resolves it.");

        browser.driver().manage().deleteAllCookies();
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email("manager"), TestShopfloor.PASSWORD);
        open("/board.xhtml");
        WebElement card = browser.driver().findElement(By.cssSelector(".sf-card[data-batch='" + number + "']"));
        assertThat(card.findElement(By.cssSelector(".sf-card-alarm")).getText())
                .as("the failed check's critical issue, not the warning").isEqualTo("1 open critical or hold issue");
        card.findElement(By.cssSelector(".sf-card-alarm")).click();
        browser.waitForAjax();
        assertThat(text(By.id("issues:table"))).contains("Q-000001").contains("Q-000002").containsIgnoringCase("On track");
        browser.driver().findElement(By.linkText("Q-000001")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("issue:title")).getDomProperty("value")).isEqualTo("Cup fit: Gap to the cup");
        assertThat(text(By.id("facts"))).as("the failed check is one click away").contains("Open the check that failed");
        browser.choose("assign:assignee", "worker of " + org.slug());
        click(By.id("assign:assignButton"));
        assertThat(globalMessages()).contains("Issue Q-000001 is assigned to worker of " + org.slug() + ".");
        browser.driver().findElement(By.id("resolve:rootCause")).sendKeys("Cup pressed in off square");
        click(By.id("resolve:resolveButton"));
        assertThat(confirm()).contains("Resolve Q-000001?");
        assertThat(text(By.cssSelector("[id='resolve'] .ui-message-error"))).as("a resolution is required, said on its input").isNotBlank();
        assertThat(globalMessages()).doesNotContain("resolved.");
        browser.driver().findElement(By.id("resolve:resolution")).sendKeys("Cup re-seated and the gap measured again");
        click(By.id("resolve:resolveButton"));
        confirm();
        assertThat(globalMessages()).contains("Issue Q-000001 resolved.");
        assertThat(text(By.id("sla"))).isEqualToIgnoringCase("Resolved");
        assertThat(text(By.id("resolve:resolutionText"))).isEqualTo("Cup re-seated and the gap measured again");
        assertThat(text(By.id("historyTable"))).as("the issue's history from the audit trail")
                .contains("manager of " + org.slug()).contains("Cup re-seated and the gap measured again");

        open("/batch.xhtml?id=" + batch.getString("id"));
        assertThat(text(By.id("batch:qualityStatus"))).as("the worst open issue is now the warning").isEqualTo("Warning");
        assertThat(text(By.id("batch:needs"))).contains("Cup fit").containsIgnoringCase("Critical").containsIgnoringCase("Keeps the batch here");
        browser.driver().findElement(By.id("batch:overrideReason")).sendKeys("Customer accepted the wider gap in writing");
        click(By.id("batch:overrideGate"));
        assertThat(confirm()).contains("Let batch " + number + " leave Intake without a passing check?");
        assertThat(globalMessages()).contains("Batch " + number + " may now leave Intake.");
        assertThat(text(By.id("batch:overrides"))).contains("Customer accepted the wider gap in writing").contains("manager of " + org.slug());
        click(By.id("batch:advance"));
        assertThat(globalMessages()).contains("moved on to");

        open("/quality.xhtml");
        assertThat(text(By.id("checks"))).as("the organization's one check in 30 days").isEqualTo("1");
        assertThat(text(By.id("passRate"))).isEqualTo("0.0 %");
        assertThat(text(By.id("openIssues"))).as("the worker's warning is still open").isEqualTo("1");
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.javascript("return !!(PF('pChart') && PF('pChart').chart);")));
        assertThat(browser.javascript("var d = PF('pChart').chart.data.datasets[0].data; return d[d.length - 1];"))
                .as("today's point of the p-chart: the one check failed").hasToString("100");
    }

    @Test
    void anAdministratorBuildsAChecklistWithAMeasurementPublishesItAndEditsItIntoItsNextVersion() {
        new SignInPage(browser).open(shopfloor.consoleUrl()).signIn(org.slug(), org.email("admin"), TestShopfloor.PASSWORD);
        browser.driver().get(shopfloor.consoleUrl() + "/checklists.xhtml");
        browser.waitForAjax();
        click(By.id("checklists:newChecklist"));
        browser.driver().findElement(By.id("editor:name")).sendKeys("Sanded cups");
        browser.driver().findElement(By.id("editor:items:0:category")).sendKeys("Dimensions");
        browser.driver().findElement(By.id("editor:items:0:text")).sendKeys("Wall thickness");
        browser.choose("editor:items:0:kind", "Measurement");
        browser.driver().findElement(By.id("editor:items:0:unit")).sendKeys("mm");
        browser.driver().findElement(By.id("editor:items:0:lowerLimit")).sendKeys("3.8");
        browser.driver().findElement(By.id("editor:items:0:upperLimit")).sendKeys("4.2");
        browser.choose("editor:items:0:severity", "Critical");
        click(By.id("editor:addItem"));
        browser.driver().findElement(By.id("editor:items:1:category")).sendKeys("Surface");
        browser.driver().findElement(By.id("editor:items:1:text")).sendKeys("No tear-out");
        click(By.id("editor:items:1:up"));
        assertThat(browser.driver().findElement(By.id("editor:items:0:text")).getDomProperty("value"))
                .as("moved up with the keyboard's button").isEqualTo("No tear-out");
        click(By.id("editor:save"));
        assertThat(globalMessages()).contains("Checklist Sanded cups saved.");
        assertThat(text(By.id("checklists:table"))).contains("Sanded cups").contains("Draft").contains("Every product");

        click(By.id("checklists:table:0:publish"));
        assertThat(confirm()).contains("Publish \"Sanded cups\"?");
        assertThat(text(By.id("checklists:table:0:status"))).isEqualTo("Active");
        JsonObject checklist = manager.get("/checklists").json().getJsonArray("items").getJsonObject(0);
        assertThat(checklist.getJsonArray("items").size()).as("a list leaves items out").isZero();
        JsonObject published = manager.get("/checklists/" + checklist.getString("id")).json();
        assertThat(published.getJsonArray("items").getJsonObject(1).getString("kind")).isEqualTo("measurement");
        assertThat(published.getJsonArray("items").getJsonObject(1).getJsonNumber("upperLimit").bigDecimalValue()).isEqualByComparingTo("4.2");

        click(By.id("checklists:table:0:edit"));
        WebElement text = browser.driver().findElement(By.id("editor:items:0:text"));
        text.clear();
        text.sendKeys("No tear-out or chatter marks");
        click(By.id("editor:save"));
        assertThat(confirm()).contains("next version");
        assertThat(globalMessages()).contains("Checklist Sanded cups version 2 published.");
        click(By.id("checklists:table:0:versions"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("versionsDialog")));
        assertThat(text(By.id("versions:table"))).contains("Active").contains("Retired");

        // Issue categories: the built-in ones are there; a new one gets its SLA; deactivating is asked first.
        browser.driver().get(shopfloor.consoleUrl() + "/issue-categories.xhtml");
        browser.waitForAjax();
        assertThat(text(By.id("categories:table"))).contains("Failed check").contains("Equipment");
        click(By.id("categories:newCategory"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("categoryDialog")));
        browser.driver().findElement(By.id("category:name")).sendKeys("Paint");
        WebElement hours = browser.driver().findElement(By.id("category:slaHours"));
        hours.clear();
        hours.sendKeys("twelve");
        click(By.id("category:save"));
        assertThat(text(By.id("categoryDialog"))).contains("Enter the hours as a whole number");
        hours = browser.driver().findElement(By.id("category:slaHours"));
        hours.clear();
        hours.sendKeys("12");
        click(By.id("category:save"));
        assertThat(globalMessages()).contains("Category Paint added.");
        JsonObject paint = manager.get("/issue-categories").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals("Paint")).findFirst().orElseThrow();
        assertThat(paint.getInt("slaHours")).isEqualTo(12);
        int row = browser.driver().findElements(By.cssSelector("[id='categories:table'] tbody tr")).stream().map(WebElement::getText)
                .toList().indexOf(browser.driver().findElements(By.cssSelector("[id='categories:table'] tbody tr")).stream()
                        .map(WebElement::getText).filter(t -> t.startsWith("Paint")).findFirst().orElseThrow());
        click(By.id("categories:table:" + row + ":deactivate"));
        assertThat(confirm()).contains("Deactivate \"Paint\"?");
        assertThat(text(By.id("categories:table:" + row + ":status"))).isEqualTo("Deactivated");
    }

    // -- helpers ---------------------------------------------------------------------------------

    /** A batch of one order of a product whose checklist at the first stage has a photo item and a measurement. */
    private JsonObject batchWithChecklist() {
        String product = created(manager.post("/products", Json.createObjectBuilder().add("name", "Aeolus").add("skuPrefix", "AE")
                .add("baseHours", 10).add("basePrice", 1499).build())).getString("id");
        String customer = created(manager.post("/customers", Json.createObjectBuilder().add("name", "Hifi Corner").build())).getString("id");
        String order = created(manager.post("/orders", Json.createObjectBuilder().add("customerId", customer).add("productId", product)
                .add("dueDate", "2030-01-31").build())).getString("id");
        JsonObject batch = created(manager.post("/batches", Json.createObjectBuilder().add("orderIds", Json.createArrayBuilder().add(order)).build()));
        String stage = batch.getString("stageId");
        String worker = manager.get("/stages/" + stage + "/workers").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("name").startsWith("worker of")).findFirst().orElseThrow().getString("id");
        assertThat(manager.put("/workers/" + worker + "/skills/" + stage, Json.createObjectBuilder().add("level", "expert").build()).status())
                .isEqualTo(200);
        assertThat(manager.put("/batches/" + batch.getString("id") + "/stages/" + stage + "/worker",
                Json.createObjectBuilder().add("workerId", worker).build()).status()).isEqualTo(200);
        JsonObject draft = created(manager.post("/checklists", Json.createObjectBuilder().add("name", "Cup fit").add("stageId", stage)
                .add("productId", product).add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("category", "Finish").add("text", "No scratches").add("photoRequired", true))
                        .add(Json.createObjectBuilder().add("category", "Fit").add("text", "Gap to the cup").add("kind", "measurement")
                                .add("unit", "mm").add("lowerLimit", 0.1).add("upperLimit", 0.3).add("severity", "critical"))).build()));
        assertThat(manager.post("/checklists/" + draft.getString("id") + "/publish", Json.createObjectBuilder()
                .add("version", draft.getInt("version")).build()).status()).isEqualTo(200);
        return batch;
    }

    private void open(String path) {
        browser.driver().get(shopfloor.staffUrl() + path);
        browser.waitForAjax();
    }

    private void click(By button) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(button)).click();
        browser.waitForAjax();
    }

    private String text(By element) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(element)).getText();
    }

    private String globalMessages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    /** Answers the open confirmation dialog with yes; returns what it asked. */
    private String confirm() {
        WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        String question = dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForAjax();
        return question;
    }

    private static JsonObject created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
