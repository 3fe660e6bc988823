package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.shopfloor.it.TestShopfloor;

/**
 * Every staff and console screen, some of their dialogs and error states, in English and in
 * Vietnamese, scanned by axe-core against WCAG 2.0 and 2.1, levels A and AA: none may show a
 * serious or critical violation. The demo workshop's administrator signs in, so the lists, the
 * board and the charts are full. New screens join {@link #STAFF} or {@link #CONSOLE}, their dialogs
 * and confirmations {@link #CONSOLE_DIALOGS}.
 */
class AccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** Staff screens, with the list whose first record's page is scanned too. */
    private static final List<String> STAFF = List.of("orders.xhtml", "order.xhtml", "customers.xhtml", "products.xhtml",
            "board.xhtml", "batches.xhtml", "my-work.xhtml", "issues.xhtml", "quality.xhtml", "dashboard.xhtml", "profile.xhtml", "team.xhtml", "calendar.xhtml", "workload.xhtml", "time.xhtml", "people.xhtml");
    private static final List<String> DETAILS = List.of("order.xhtml?id=", "customer.xhtml?id=", "product.xhtml?id=", "batch.xhtml?id=", "issue.xhtml?id=");
    private static final List<String> CONSOLE = List.of("users.xhtml", "custom-fields.xhtml", "stages.xhtml", "checklists.xhtml", "issue-categories.xhtml", "roles.xhtml",
            "tokens.xhtml", "settings.xhtml", "audit.xhtml", "profile.xhtml");

    /**
     * Console dialogs and confirmations: the page, what opens the dialog (a CSS selector of its first
     * match), the dialog (a CSS selector).
     */
    private static final List<List<String>> CONSOLE_DIALOGS = List.of(
            List.of("users.xhtml", "button[id$=':newUser']", "#newUserDialog"), List.of("users.xhtml", "button[id$=':edit']", "#editUserDialog"),
            List.of("users.xhtml", "button[id$=':deactivate']", ".ui-confirm-dialog"),
            List.of("custom-fields.xhtml", "button[id$=':newField']", "#fieldDialog"),
            List.of("stages.xhtml", "button[id$=':newStage']", "#stageDialog"), List.of("stages.xhtml", "button[id$=':edit']", "#stageDialog"),
            List.of("checklists.xhtml", "button[id$=':newChecklist']", "#editor"),
            List.of("checklists.xhtml", "button[id$=':edit']", "#editor"),
            List.of("checklists.xhtml", "button[id$=':versions']", "#versionsDialog"),
            List.of("issue-categories.xhtml", "button[id$=':edit']", "#categoryDialog"),
            List.of("roles.xhtml", "button[id$=':newRole']", "#newRoleDialog"),
            List.of("tokens.xhtml", "button[id$=':newToken']", "#newTokenDialog"),
            List.of("audit.xhtml", "a[id$=':open']", "#entryDialog"));

    private TestShopfloor shopfloor;
    private Browser browser;
    private final List<String> findings = new ArrayList<>();
    private int scans;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void everyScreenPassesWcagAAInBothLanguages() {
        browser.driver().get(shopfloor.staffUrl() + "/sign-in.xhtml");
        scan("sign-in");
        new SignInPage(browser).signIn("nobody", "nobody@demo.example", "wrong password");
        scan("sign-in, refused");

        var admin = shopfloor.demo("admin");
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(admin.organization(), admin.email(), admin.password());
        // The console is an application of its own, with its own session.
        new SignInPage(browser).open(shopfloor.consoleUrl()).signIn(admin.organization(), admin.email(), admin.password());
        for (String language : List.of("en", "vi")) {
            chooseLanguage(language.equals("en") ? "English" : "Tiếng Việt");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            scanEverything(language);
        }
        chooseLanguage("Theo trình duyệt");
        findings.forEach(finding -> System.out.println("Accessibility violation: " + finding));
        System.out.printf("Accessibility: %d scans (WCAG 2.0/2.1 A and AA), %d serious or critical violations%n", scans, findings.size());
        assertThat(findings).as("serious or critical WCAG violations").isEmpty();
    }

    private void scanEverything(String language) {
        for (String page : STAFF) {
            open(shopfloor.staffUrl() + "/" + page);
            scan(language + " " + page);
        }
        for (String detail : DETAILS) {
            open(shopfloor.staffUrl() + "/" + detail.replace(".xhtml?id=", "s.xhtml").replace("batchs", "batches"));
            WebElement link = browser.driver().findElement(By.cssSelector("a[href*='" + detail + "']"));
            open(link.getAttribute("href"));
            scan(language + " " + detail + "…");
        }
        // A form's error state: the new order saved empty.
        open(shopfloor.staffUrl() + "/order.xhtml");
        browser.driver().findElement(By.id("order:save")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error, .ui-messages-error")));
        scan(language + " order.xhtml, refused");
        // A dialog: the new batch.
        open(shopfloor.staffUrl() + "/batches.xhtml");
        browser.driver().findElement(By.id("batches:newBatch")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newBatchDialog")));
        browser.waitForAjax();
        scanDialog(language + " batches.xhtml, new batch dialog", "#newBatchDialog");
        scanCompletionDialog(language);
        scanQualityChecks(language);
        scanPeople(language);

        for (String page : CONSOLE) {
            open(shopfloor.consoleUrl() + "/" + page);
            scan(language + " console " + page);
        }
        for (List<String> dialog : CONSOLE_DIALOGS) {
            open(shopfloor.consoleUrl() + "/" + dialog.get(0));
            browser.driver().findElement(By.cssSelector(dialog.get(1))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(dialog.get(2))));
            browser.waitForAjax();
            scanDialog(language + " console " + dialog.get(0) + ", " + dialog.get(2), dialog.get(2));
        }
    }

    /** A worker's page and its skill dialog, the calendar's day dialog, and a worker's time with its dialogs. */
    private void scanPeople(String language) {
        open(shopfloor.staffUrl() + "/team.xhtml");
        String worker = browser.driver().findElement(By.cssSelector("a[href*='worker.xhtml?id=']")).getAttribute("href");
        open(worker);
        scan(language + " worker.xhtml?id=…");
        browser.driver().findElement(By.id("skills:addSkill")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("skillDialog")));
        browser.waitForAjax();
        scanDialog(language + " worker.xhtml, skill dialog", "#skillDialog");

        open(shopfloor.staffUrl() + "/calendar.xhtml");
        browser.driver().findElement(By.cssSelector("a[id$=':open']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("exceptionDialog")));
        browser.waitForAjax();
        scanDialog(language + " calendar.xhtml, day dialog", "#exceptionDialog");

        open(shopfloor.staffUrl() + "/time.xhtml?worker=" + worker.replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1"));
        scan(language + " time.xhtml?worker=…");
        browser.driver().findElement(By.id("time:addTime")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entryDialog")));
        browser.waitForAjax();
        scanDialog(language + " time.xhtml, time dialog", "#entryDialog");
    }

    /** A batch's checks and a filed check with its results, reached from a demo batch whose stage has a checklist. */
    private void scanQualityChecks(String language) {
        open(shopfloor.staffUrl() + "/batches.xhtml");
        List<String> batches = browser.driver().findElements(By.cssSelector("a[href*='batch.xhtml?id=']")).stream()
                .map(a -> a.getAttribute("href")).distinct().toList();
        for (String batch : batches) {
            open(batch);
            List<WebElement> filed = browser.driver().findElements(By.cssSelector("[id='batch:needs'] a[href*='check.xhtml?id=']"));
            if (filed.isEmpty()) {
                continue;
            }
            String check = filed.get(0).getAttribute("href");
            open(shopfloor.staffUrl() + "/check.xhtml?batch=" + batch.replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1"));
            scan(language + " check.xhtml?batch=…");
            open(check);
            scan(language + " check.xhtml?id=…");
            open(shopfloor.staffUrl() + "/issue.xhtml?batch=" + batch.replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1"));
            scan(language + " issue.xhtml?batch=…");
            scanResolveDialog(language);
            return;
        }
        throw new AssertionError("the demo workshop has an open batch with a filed check at its stage");
    }

    /** The confirmation before resolving an open issue (the issues list shows open ones first). */
    private void scanResolveDialog(String language) {
        open(shopfloor.staffUrl() + "/issues.xhtml");
        open(browser.driver().findElement(By.cssSelector("a[href*='issue.xhtml?id=']")).getAttribute("href"));
        browser.driver().findElement(By.id("resolve:resolveButton")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        scanDialog(language + " issue.xhtml, resolve confirmation", ".ui-confirm-dialog");
        browser.driver().findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
    }

    /** The board's confirmation before completing a batch, reached by the keyboard's "Move to". */
    private void scanCompletionDialog(String language) {
        open(shopfloor.staffUrl() + "/board.xhtml");
        List<WebElement> stages = browser.driver().findElements(By.cssSelector(".sf-board-column:not(.sf-board-completed) .sf-board-stage"));
        String lastStage = stages.get(stages.size() - 1).getText();
        String batch = browser.driver().findElements(By.cssSelector("select[id='board:moveBatch_input'] option")).stream()
                .filter(option -> option.getAttribute("textContent").endsWith("(" + lastStage + ")")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo workshop has a batch at the last stage, " + lastStage))
                .getAttribute("value");
        browser.javascript("PF('moveBatch').selectValue(arguments[0]); PF('moveTo').selectValue('Completed');", batch);
        browser.driver().findElement(By.id("board:move")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("completionDialog")));
        browser.waitForAjax();
        scanDialog(language + " board.xhtml, completion dialog", "#completionDialog");
        browser.driver().findElement(By.id("completion:cancel")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("completionDialog")));
    }

    /** Chooses a language on the profile page by its label there. */
    private void chooseLanguage(String label) {
        open(shopfloor.staffUrl() + "/profile.xhtml");
        browser.choose("language:choice", label);
        // The profile form may still be re-rendering from the choice: a button found a moment too early is taken again.
        WebElement save = browser.waiting().ignoring(WebDriverException.class).until(d -> {
            WebElement button = d.findElement(By.id("language:saveLanguage"));
            button.click();
            return button;
        });
        browser.waitUntilReplaced(save);
        browser.waitForAjax();
    }

    private void open(String url) {
        browser.driver().get(url);
        browser.waitForAjax();
        assertThat(browser.driver().getCurrentUrl()).as("signed in at " + url).doesNotContain("sign-in");
    }

    private void scan(String what) {
        check(what, new AxeBuilder().withTags(TAGS).analyze(browser.driver()));
    }

    /**
     * A dialog alone: the page behind it was scanned already, and its modal overlay, while it fades
     * in, lowers the contrast axe-core measures there.
     */
    private void scanDialog(String what, String dialog) {
        Results results = new AxeBuilder().withTags(TAGS).include(dialog).analyze(browser.driver());
        assertThat(results.getPasses()).as("axe-core checked something in " + dialog).isNotEmpty();
        check(what, results);
    }

    private void check(String what, Results results) {
        scans++;
        assertThat(results.isErrored()).as("axe-core ran on " + what).isFalse();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                findings.add(what + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + "×) "
                        + rule.getNodes().stream().limit(3).map(node -> node.getTarget().toString()).toList());
            }
        }
    }
}
