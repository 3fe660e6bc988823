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
import io.shopfloor.it.rest.Api;

/** A user keeps their own profile: name, password (knowing the current one) and API tokens. */
class ProfileIT {

    private TestShopfloor shopfloor;
    private Browser browser;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        browser = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot("profile_" + test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void aUserRenamesThemselvesChangesTheirPasswordAndManagesTheirOwnApiToken() {
        String email = "profile-" + UUID.randomUUID().toString().substring(0, 6) + "@" + shopfloor.acme().slug() + ".example";
        new SignInPage(browser).open(shopfloor.consoleUrl())
                .signIn(shopfloor.acme().slug(), shopfloor.acme().email("admin"), TestShopfloor.PASSWORD);
        new ConsoleScreens(browser, shopfloor.consoleUrl()).createUser(email, "Pia Profile", "first-password-123", "worker");
        browser.driver().findElement(By.id("signOutForm:signOut")).click();

        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(shopfloor.acme().slug(), email, "first-password-123");
        // The same user signed in a second time, elsewhere.
        Browser elsewhere = new Browser();
        try {
            new SignInPage(elsewhere).open(shopfloor.staffUrl()).signIn(shopfloor.acme().slug(), email, "first-password-123");
            assertThat(elsewhere.driver().findElements(By.id("signedInAs"))).isNotEmpty();
            changeNameAndPassword();
            elsewhere.driver().navigate().refresh();
            elsewhere.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:organization")));
            assertThat(elsewhere.driver().findElements(By.id("signedInAs"))).as("the other session ended with the password change").isEmpty();
        } finally {
            elsewhere.close();
        }
        browser.driver().navigate().refresh();
        browser.waitForAjax();
        assertThat(browser.driver().findElements(By.id("signedInAs"))).as("the session that changed it goes on").isNotEmpty();

        browser.driver().findElement(By.id("tokens:name")).sendKeys("my script");
        browser.driver().findElement(By.id("tokens:create")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("tokens")).getText()).as("a token needs the current password").contains("Is not your current password");
        browser.driver().findElement(By.id("tokens:name")).clear();
        browser.driver().findElement(By.id("tokens:name")).sendKeys("my script");
        browser.driver().findElement(By.name("tokens:tokenPassword")).sendKeys("second-password-456");
        browser.driver().findElement(By.id("tokens:create")).click();
        browser.waitForAjax();
        String token = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:createdToken"))).getAttribute("value");
        Api api = new Api(shopfloor.apiUrl(), token);
        assertThat(api.get("/orders").status()).isEqualTo(200);
        afterTheToken(email, api);
    }

    private void changeNameAndPassword() {
        browser.driver().findElement(By.id("myProfile")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:displayName")));

        WebElement name = browser.driver().findElement(By.id("profile:displayName"));
        name.clear();
        name.sendKeys("Pia P. Profile");
        browser.driver().findElement(By.id("profile:save")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("signedInAs")).getText()).contains("Pia P. Profile");

        browser.driver().findElement(By.name("password:current")).sendKeys("not-my-password");
        browser.driver().findElement(By.name("password:new")).sendKeys("second-password-456");
        browser.driver().findElement(By.id("password:change")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("password")).getText()).contains("Is not your current password");
        browser.driver().findElement(By.name("password:current")).sendKeys("first-password-123");
        browser.driver().findElement(By.name("password:new")).sendKeys("second-password-456");
        browser.driver().findElement(By.id("password:change")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("messages")).getText()).contains("Your password is changed");
    }

    private void afterTheToken(String email, Api api) {

        browser.driver().navigate().refresh();
        browser.waitForAjax();
        WebElement row = browser.driver().findElement(By.xpath("//tbody[@id='tokens:table_data']/tr[contains(., 'my script')]"));
        assertThat(row.getText()).as("last use is shown").doesNotContain("never").contains("active");
        assertThat(browser.driver().findElements(By.id("tokens:createdToken"))).as("a token is shown only once").isEmpty();
        row.findElement(By.xpath(".//button[contains(@id,'revoke')]")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitForAjax();
        assertThat(api.get("/orders").status()).as("a revoked token is refused").isEqualTo(401);

        browser.driver().findElement(By.id("signOutForm:signOut")).click();
        SignInPage signIn = new SignInPage(browser).open(shopfloor.staffUrl());
        signIn.signIn(shopfloor.acme().slug(), email, "first-password-123");
        assertThat(signIn.error()).as("the old password no longer works").contains("not right");
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(shopfloor.acme().slug(), email, "second-password-456");
        assertThat(browser.driver().findElement(By.id("signedInAs")).getText()).contains("Pia P. Profile");
    }
}
