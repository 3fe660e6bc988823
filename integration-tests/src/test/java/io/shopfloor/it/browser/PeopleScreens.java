package io.shopfloor.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The people screens as a person uses them: the team, a worker's page, the calendar, time on the job and the workload. */
public final class PeopleScreens {

    private final Browser browser;
    private final String baseUrl;

    public PeopleScreens(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    public void open(String page) {
        browser.driver().get(baseUrl + page);
        browser.waitForAjax();
    }

    /** The team's rows as they read, one line each. */
    public List<String> team() {
        open("/team.xhtml");
        return browser.driver().findElements(By.cssSelector("[id='team:table_data'] tr")).stream()
                .map(row -> row.getText().replace('\n', ' ')).toList();
    }

    /** Opens a worker's page from the team list. */
    public void openWorker(String name) {
        open("/team.xhtml");
        browser.driver().findElement(By.linkText(name)).click();
        browser.waitForAjax();
    }

    /** Adds (or changes) a skill on the open worker's page through its dialog; returns what the page then says. */
    public String addSkill(String stage, String level, String expiresOn) {
        browser.driver().findElement(By.id("skills:addSkill")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("skillDialog")));
        browser.waitForAjax();
        browser.choose("skill:stage", stage);
        browser.choose("skill:level", level);
        if (expiresOn != null) {
            browser.driver().findElement(By.id("skill:expiresOn_input")).sendKeys(expiresOn);
        }
        browser.driver().findElement(By.id("skill:saveSkill")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("skillDialog")));
        browser.waitForAjax();
        return messages();
    }

    /** The open worker's skills, one line each: stage, level, expiry, standing, notes. */
    public List<String> skills() {
        return browser.driver().findElements(By.cssSelector("[id='skills:table_data'] tr")).stream()
                .map(row -> row.getText().replace('\n', ' ')).toList();
    }

    /** On the calendar, opens the worker's day (the day's number in the header) and enters an exception; returns the page's message. */
    public String enterException(String worker, int dayColumn, String kind, String hours, String note) {
        open("/calendar.xhtml");
        WebElement row = calendarRow(worker);
        row.findElements(By.cssSelector("td")).get(1 + dayColumn).findElement(By.cssSelector("a[id$=':open']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("exceptionDialog")));
        browser.waitForAjax();
        browser.choose("exception:kind", kind);
        WebElement hoursInput = browser.driver().findElement(By.id("exception:hours"));
        hoursInput.clear();
        hoursInput.sendKeys(hours);
        browser.driver().findElement(By.id("exception:note")).sendKeys(note);
        browser.driver().findElement(By.id("exception:saveException")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("exceptionDialog")));
        browser.waitForAjax();
        return messages();
    }

    /** What the calendar shows in a worker's day cell (0 = the first day shown). */
    public String calendarCell(String worker, int dayColumn) {
        return calendarRow(worker).findElements(By.cssSelector("td")).get(1 + dayColumn).getText().replace('\n', ' ');
    }

    private WebElement calendarRow(String worker) {
        return browser.driver().findElements(By.cssSelector("[id='calendar:table_data'] tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td")).getText().equals(worker)).findFirst().orElseThrow();
    }

    /** On the time page, goes a week back. */
    public void weekBack(String form) {
        browser.driver().findElement(By.id(form + ":previous")).click();
        browser.waitForAjax();
    }

    /** Adds time by hand on the open time page; from and to as "2026-12-02 08:00"; returns what the page then says. */
    public String addTime(String category, String from, String to, String note) {
        browser.driver().findElement(By.id("time:addTime")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entryDialog")));
        browser.waitForAjax();
        browser.choose("entry:category", category);
        browser.driver().findElement(By.id("entry:from_input")).sendKeys(from);
        browser.driver().findElement(By.id("entry:to_input")).sendKeys(to);
        browser.driver().findElement(By.id("entry:note")).click();
        browser.driver().findElement(By.id("entry:note")).sendKeys(note);
        browser.driver().findElement(By.id("entry:saveEntry")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("entryDialog")));
        browser.waitForAjax();
        return messages();
    }

    /** The time page's intervals, one line each. */
    public List<String> timeEntries() {
        return browser.driver().findElements(By.cssSelector("[id='time:entries_data'] tr")).stream()
                .map(row -> row.getText().replace('\n', ' ')).toList();
    }

    public String timeTotal() {
        return browser.driver().findElement(By.id("time:total")).getText();
    }

    /** The workload row of a worker, as it reads. */
    public String workloadRow(String worker) {
        return browser.driver().findElements(By.cssSelector("[id='workload:table_data'] tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td")).getText().equals(worker)).findFirst().orElseThrow()
                .getText().replace('\n', ' ');
    }

    /** The people dashboard's rows per worker, one line each. */
    public List<String> dashboardWorkers() {
        return rows("workers_data");
    }

    /** The people dashboard's rows per stage, one line each. */
    public List<String> dashboardStages() {
        return rows("stages_data");
    }

    private List<String> rows(String tableBody) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableBody + "'] tr")).stream()
                .map(row -> row.getText().replace('\n', ' ')).toList();
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }
}
