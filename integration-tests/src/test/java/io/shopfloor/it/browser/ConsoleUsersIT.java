package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.shopfloor.it.TestShopfloor;

/** An administrator manages users in the console; what they do decides who can sign in. */
class ConsoleUsersIT {

    private TestShopfloor shopfloor;
    private Browser browser;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        browser = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot("console_" + test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void anAdminCreatesAUserWhoCanSignInAndThenDeactivatesThem() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 6) + "@" + shopfloor.acme().slug() + ".example";
        signInToConsole("admin");

        browser.driver().findElement(By.id("users:newUser")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newUser:email")));
        browser.driver().findElement(By.id("newUser:email")).sendKeys(email);
        browser.driver().findElement(By.id("newUser:displayName")).sendKeys("Nora New");
        browser.driver().findElement(By.name("newUser:password")).sendKeys("a-long-initial-password");
        browser.driver().findElement(By.xpath("//*[@id='newUser:roles']//label[normalize-space(.)='worker']")).click();
        browser.driver().findElement(By.id("newUser:create")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("users:messages")).getText()).contains("Nora New can now sign in as " + email);
        WebElement row = userRow(email);
        assertThat(row.getText()).contains("worker").contains("active");

        row.findElement(By.xpath(".//button[contains(@id,'deactivate')]")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitForAjax();
        assertThat(userRow(email).getText()).contains("inactive");

        browser.driver().findElement(By.id("signOutForm:signOut")).click();
        SignInPage signIn = new SignInPage(browser).open(shopfloor.staffUrl());
        signIn.signIn(shopfloor.acme().slug(), email, "a-long-initial-password");
        assertThat(signIn.error()).as("a deactivated user cannot sign in").contains("not right");
    }

    @Test
    void aNewUserNeedsAValidEmailARoleAndALongPassword() {
        signInToConsole("admin");
        browser.driver().findElement(By.id("users:newUser")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newUser:email")));
        browser.driver().findElement(By.id("newUser:email")).sendKeys("not-an-email");
        browser.driver().findElement(By.id("newUser:displayName")).sendKeys("Short Password");
        browser.driver().findElement(By.name("newUser:password")).sendKeys("short");
        browser.driver().findElement(By.id("newUser:create")).click();
        browser.waitForAjax();
        String form = browser.driver().findElement(By.id("newUser")).getText();
        assertThat(form).contains("Must be an e-mail address").contains("Must be 12 to 200 characters").contains("Choose at least one role");
    }

    @Test
    void aManagerIsToldTheConsoleIsNotTheirsAndSeesNoUsers() {
        signInToConsole("manager");
        assertThat(browser.driver().findElement(By.id("notAllowed")).getText()).contains("users:read");
        assertThat(browser.driver().findElements(By.id("users:table"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("navUsers"))).isEmpty();
    }

    private void signInToConsole(String role) {
        new SignInPage(browser).open(shopfloor.consoleUrl())
                .signIn(shopfloor.acme().slug(), shopfloor.acme().email(role), TestShopfloor.PASSWORD);
        browser.waitForAjax();
    }

    private WebElement userRow(String email) {
        WebElement search = browser.driver().findElement(By.id("users:search"));
        search.clear();
        search.sendKeys(email);
        By row = By.xpath("//tbody[@id='users:table_data']/tr[contains(., '" + email + "')]");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#users\\:table_data tr"), 1));
        browser.waitForAjax();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(row));
    }
}
