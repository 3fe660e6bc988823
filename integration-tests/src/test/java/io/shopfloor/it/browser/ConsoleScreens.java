package io.shopfloor.it.browser;

import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's roles, users and API tokens pages, as an administrator uses them. */
public final class ConsoleScreens {

    /** Every checkbox of the permission matrix, by the permission it stands for. */
    private static final By MATRIX_CHECKBOXES = By.cssSelector("#matrix\\:panel input[type='checkbox']");

    private final Browser browser;
    private final String baseUrl;

    public ConsoleScreens(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    public void openRoles() {
        browser.driver().get(baseUrl + "/roles.xhtml");
        browser.waitForAjax();
    }

    /** Creates a role; the page then shows its (empty) permission matrix. */
    public void createRole(String name) {
        openRoles();
        browser.driver().findElement(By.id("roles:newRole")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newRole:name"))).sendKeys(name);
        browser.driver().findElement(By.id("newRole:create")).click();
        browser.waitForAjax();
    }

    public String roleMessages() {
        return browser.driver().findElement(By.id("roles:messages")).getText();
    }

    public String newRoleForm() {
        return browser.driver().findElement(By.id("newRole")).getText();
    }

    /** Opens a role's matrix, checks exactly {@code permissions} and saves. */
    public void setPermissions(String role, Set<String> permissions) {
        openRoles();
        roleRow(role).findElement(By.xpath(".//button[contains(@id,'permissions')]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("matrix:roleName"), role));
        for (WebElement checkbox : browser.driver().findElements(MATRIX_CHECKBOXES)) {
            if (checkbox.isSelected() != permissions.contains(checkbox.getAttribute("title"))) {
                checkbox.click();
            }
        }
        browser.driver().findElement(By.id("matrix:save")).click();
        browser.waitForAjax();
    }

    public WebElement roleRow(String role) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='roles:table_data']/tr[.//span[contains(@class,'sf-role-name') and normalize-space(.)='" + role + "']]")));
    }

    public boolean hasRole(String role) {
        return !browser.driver().findElements(
                By.xpath("//tbody[@id='roles:table_data']//span[contains(@class,'sf-role-name') and normalize-space(.)='" + role + "']")).isEmpty();
    }

    /** Fills the new-user dialog; with a null password, the user gets a one-time link instead. */
    public void createUser(String email, String name, String password, String role) {
        browser.driver().get(baseUrl + "/users.xhtml");
        browser.waitForAjax();
        browser.driver().findElement(By.id("users:newUser")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newUser:email"))).sendKeys(email);
        browser.driver().findElement(By.id("newUser:displayName")).sendKeys(name);
        if (password == null) {
            browser.driver().findElement(By.id("newUser:useLink")).click();
        } else {
            browser.driver().findElement(By.name("newUser:password")).sendKeys(password);
        }
        browser.driver().findElement(By.xpath("//*[@id='newUser:roles']//label[normalize-space(.)='" + role + "']")).click();
        browser.driver().findElement(By.id("newUser:create")).click();
        browser.waitForAjax();
    }

    /** The one-time link the users page shows after creating a user with one. */
    public String shownLink() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("link:url"))).getAttribute("value");
    }

    public String userMessages() {
        return browser.driver().findElement(By.id("users:messages")).getText();
    }

    /** Creates an API token for a user on the tokens page, confirmed with the signed-in administrator's password, and returns it as shown (once). */
    public String createTokenFor(String email, String name, String adminPassword) {
        browser.driver().get(baseUrl + "/tokens.xhtml");
        browser.waitForAjax();
        browser.driver().findElement(By.id("tokens:newToken")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newToken:user")));
        // The menu's own list scrolls and is drawn by PrimeFaces; choose through its widget instead.
        String value = browser.driver().findElement(By.xpath("//select[@id='newToken:user_input']/option[contains(., '" + email + "')]"))
                .getAttribute("value");
        browser.javascript("PF('tokenUser').selectValue(arguments[0]);", value);
        browser.driver().findElement(By.id("newToken:name")).sendKeys(name);
        browser.driver().findElement(By.id("newToken:password")).sendKeys(adminPassword);
        browser.driver().findElement(By.id("newToken:create")).click();
        browser.waitForAjax();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:createdToken"))).getAttribute("value");
    }
}
