package io.shopfloor.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page of the staff screens or the console. */
public final class SignInPage {

    private final Browser browser;

    public SignInPage(Browser browser) {
        this.browser = browser;
    }

    public SignInPage open(String baseUrl) {
        browser.driver().get(baseUrl + "/sign-in.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:organization")));
        return this;
    }

    public void signIn(String organization, String email, String password) {
        browser.driver().findElement(By.id("signIn:organization")).sendKeys(organization);
        browser.driver().findElement(By.id("signIn:email")).sendKeys(email);
        browser.driver().findElement(By.name("signIn:password")).sendKeys(password);
        browser.driver().findElement(By.id("signIn:submit")).click();
        // The answer has arrived when the browser has left the sign-in page or shows a refusal.
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> !d.getCurrentUrl().contains("sign-in.xhtml")
                || !d.findElements(By.id("signIn:messages")).isEmpty()
                && !d.findElement(By.id("signIn:messages")).getText().isBlank());
        browser.waitForAjax();
    }

    /** The refusal the page shows, once the answer to the submitted form has arrived. */
    public String error() {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.id("signIn:messages")).getText();
            return text.isBlank() ? null : text;
        });
    }
}
