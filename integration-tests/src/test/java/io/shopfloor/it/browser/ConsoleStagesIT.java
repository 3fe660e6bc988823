package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.shopfloor.it.TestShopfloor;

/** An administrator configures the production stages in the console. */
class ConsoleStagesIT {

    private TestShopfloor shopfloor;
    private TestShopfloor.Organization org;
    private Browser browser;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        org = shopfloor.newOrganization("it-stages-" + UUID.randomUUID().toString().substring(0, 6));
        browser = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot("stages_" + test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void anAdminSeesTheSeededStagesAddsOneAndDeactivatesIt() {
        new SignInPage(browser).open(shopfloor.consoleUrl()).signIn(org.slug(), org.email("admin"), TestShopfloor.PASSWORD);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("sign-in"));
        browser.driver().findElement(By.id("navStages")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages:table")));
        assertThat(stageNames()).containsExactly("Intake", "Sanding", "Finishing", "Sub-Assembly", "Final Assembly",
                "Acoustic QC", "Shipping");

        browser.driver().findElement(By.id("stages:newStage")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stage:name"))).sendKeys("Engraving");
        browser.driver().findElement(By.id("stage:estimatedHours")).sendKeys("1.5");
        browser.driver().findElement(By.xpath("//*[@id='stage:roles']//label[normalize-space(.)='worker']")).click();
        browser.driver().findElement(By.id("stage:save")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("stages:messages")).getText()).contains("Stage Engraving added at the end.");
        assertThat(row("Engraving").getText()).contains("1.5").contains("worker").contains("Active");

        // Without dragging: the row's "Move up", reached and pressed with the keyboard.
        WebElement up = row("Engraving").findElement(By.xpath(".//button[contains(@id,':up')]"));
        assertThat(up.getAttribute("title")).isEqualTo("Move up");
        up.sendKeys(Keys.ENTER);
        browser.waitUntilReplaced(up);
        browser.waitForAjax();
        assertThat(stageNames()).containsExactly("Intake", "Sanding", "Finishing", "Sub-Assembly", "Final Assembly",
                "Acoustic QC", "Engraving", "Shipping");
        assertThat(browser.driver().findElement(By.id("stages:messages")).getText()).contains("Order of stages saved.");

        browser.driver().findElement(By.id("stages:newStage")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stage:name"))).sendKeys("engraving");
        browser.driver().findElement(By.id("stage:save")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("stage")).getText()).contains("Is already the name of another stage");
        browser.driver().findElement(By.cssSelector("#stageDialog .ui-dialog-titlebar-close")).click();

        row("Engraving").findElement(By.xpath(".//button[contains(@id,'deactivate')]")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitForAjax();
        assertThat(row("Engraving").getText()).contains("Deactivated");
    }

    private List<String> stageNames() {
        return browser.driver().findElements(By.cssSelector("#stages\\:table_data tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement row(String name) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='stages:table_data']/tr[td[1][normalize-space(.)='" + name + "']]")));
    }
}
