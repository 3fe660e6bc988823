package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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
 * People in a real Chromium: a manager gives a worker a skill and a day off and assigns them work
 * they are qualified for (work they are not is refused with the reason); the worker starts, pauses
 * with a reason, resumes and completes it in My work and sees the time on their time page, where
 * they also enter time by hand; the manager's workload counts it. Each test has an organization
 * of its own (Europe/Berlin).
 */
class PeopleIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestShopfloor shopfloor;
    private TestShopfloor.Organization org;
    private ProductionData data;
    private Browser browser;
    private PeopleScreens people;
    private BatchScreens batches;
    private ProductionScreens production;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        org = shopfloor.newOrganization("it-people-" + UUID.randomUUID().toString().substring(0, 6));
        data = new ProductionData(shopfloor, org);
        browser = new Browser();
        people = new PeopleScreens(browser, shopfloor.staffUrl());
        batches = new BatchScreens(browser, shopfloor.staffUrl());
        production = new ProductionScreens(browser, shopfloor.staffUrl());
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void aManagerQualifiesAWorkerWhoseTimeFromMyWorkAndByHandReachesTheWorkload() {
        LocalDate today = LocalDate.now(BERLIN);
        String worker = "worker of " + org.slug();
        JsonObject created = data.batch(List.of(data.pendingOrder(data.customer("Tonstudio"), today.plusDays(10))), "standard");
        String batch = created.getString("batchNumber");
        signIn("manager");

        // A skill: Intake, qualified, a certificate that ends in 20 days (flagged).
        assertThat(people.team()).anySatisfy(row -> assertThat(row).startsWith(worker).doesNotContain("Intake"));
        people.openWorker(worker);
        assertThat(people.addSkill("Intake", "Qualified", today.plusDays(20).toString()))
                .isEqualTo("The skill for Intake of " + worker + " is saved.");
        assertThat(people.skills()).singleElement().satisfies(row -> assertThat(row).contains("Intake", "Qualified", "Expires within 30 days"));
        assertThat(people.team()).anySatisfy(row -> assertThat(row).startsWith(worker).contains("Skill expiring", "Intake · Qualified"));

        // A day off next Wednesday, entered from the calendar's cell (the calendar starts on this week's Monday).
        LocalDate wednesday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(9);
        assertThat(people.enterException(worker, 9, "Leave", "0", "moving house"))
                .isEqualTo("The exception of " + worker + " on " + wednesday + " is entered.");
        assertThat(people.calendarCell(worker, 9)).contains("0 h", "Leave · Approved");
        assertThat(people.calendarCell(worker, 8)).as("Tuesday as usual").contains("8 h");

        // Qualified for Intake: assigned; not for Sanding: refused with the reason.
        batches.openList();
        batches.openBatch(batch);
        batches.assign("Intake", worker);
        assertThat(batches.workerAt("Intake")).isEqualTo(worker);
        assertThat(batches.assignRefused("Sanding", worker)).startsWith(worker + " has no valid skill for Sanding on ");
        browser.driver().findElement(By.id("assignAnyway:assignCancel")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignAnywayDialog")));

        // The worker's time comes from start, pause with a reason, resume and complete.
        signIn("worker");
        production.openMyWork();
        assertThat(production.press("Start", batch, "Intake")).isEqualTo("You started the work on " + batch + " at Intake.");
        assertThat(production.pause("Break", batch, "Intake")).isEqualTo("You paused the work on " + batch + " at Intake: Break.");
        assertThat(production.press("Resume", batch, "Intake")).isEqualTo("You started the work on " + batch + " at Intake.");
        assertThat(production.press("Complete", batch, "Intake"))
                .isEqualTo("You completed the work on " + batch + " at Intake; the batch moved to Sanding.");
        people.open("/time.xhtml");
        assertThat(people.timeEntries()).hasSize(2).allSatisfy(row -> assertThat(row).startsWith(batch + " · Intake"));
        assertThat(people.timeEntries().get(0)).contains("Break");
        assertThat(people.timeEntries().get(1)).contains("Completed");

        // Time outside stage work, by hand, last week's Wednesday.
        LocalDate lastWednesday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).plusDays(2);
        people.weekBack("time");
        assertThat(people.addTime("Cleaning", lastWednesday + " 08:00", lastWednesday + " 10:30", "dust extraction"))
                .isEqualTo("2.5 h of " + worker + " are entered.");
        assertThat(people.timeEntries()).singleElement().satisfies(row -> assertThat(row).contains("Cleaning", "2.5", "dust extraction"));
        assertThat(people.timeTotal()).isEqualTo("2.5 h in these days");

        // The manager's workload: last week, the worker worked 2.5 h on Wednesday.
        signIn("manager");
        people.open("/workload.xhtml");
        browser.driver().findElement(By.id("workload:previous")).click();
        browser.waitForAjax();
        assertThat(people.workloadRow(worker)).contains("worked 2.5 h");

        // The people dashboard counts the batch's order the worker completed at Intake.
        people.open("/people.xhtml");
        assertThat(people.dashboardWorkers()).anySatisfy(row -> assertThat(row).startsWith(worker + " 1 "));
        assertThat(people.dashboardStages()).anySatisfy(row -> assertThat(row).startsWith("Intake 1 "));
    }

    private void signIn(String role) {
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email(role), TestShopfloor.PASSWORD);
    }
}
