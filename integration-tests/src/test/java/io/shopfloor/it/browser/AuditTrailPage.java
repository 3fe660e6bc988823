package io.shopfloor.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's audit trail, as an administrator uses it: filter, then open an entry. */
public final class AuditTrailPage {

    private final Browser browser;

    public AuditTrailPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page through the console's navigation, as a person would. */
    public AuditTrailPage open() {
        browser.driver().findElement(By.id("navAudit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:table")));
        browser.waitForAjax();
        return this;
    }

    public AuditTrailPage kindOfRecord(String label) {
        return choose("audit:entityType", label);
    }

    public AuditTrailPage action(String label) {
        return choose("audit:action", label);
    }

    public AuditTrailPage recordId(String id) {
        WebElement input = browser.driver().findElement(By.id("audit:entityId"));
        input.clear();
        input.sendKeys(id);
        return this;
    }

    public AuditTrailPage dates(String from, String to) {
        type("audit:from_input", from);
        type("audit:to_input", to);
        return this;
    }

    public AuditTrailPage search() {
        browser.driver().findElement(By.id("audit:apply")).click();
        browser.waitForAjax();
        return this;
    }

    /** The text of each row the table shows (none when nothing matches). */
    public List<String> rows() {
        return browser.driver().findElements(By.cssSelector("#audit\\:table_data tr:not(.ui-datatable-empty-message)"))
                .stream().map(WebElement::getText).toList();
    }

    public String tableText() {
        return browser.driver().findElement(By.id("audit:table")).getText();
    }

    /** The text of a message of the filter, by its id: "entityIdMessage", "toMessage". */
    public String message(String id) {
        return browser.driver().findElement(By.id("audit:" + id)).getText();
    }

    /** Opens the first row whose description contains the text; returns the dialog's changes as "Field|Before|After". */
    public List<String> openEntry(String descriptionContains) {
        By link = By.xpath("//tbody[@id='audit:table_data']//a[contains(@class,'sf-audit-open') and contains(., \"" + descriptionContains + "\")]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(link)).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("changes")));
        return browser.driver().findElements(By.cssSelector("#changes_data tr")).stream()
                .map(row -> String.join("|", row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
                .toList();
    }

    public String entrySummary() {
        return browser.driver().findElement(By.id("entrySummary")).getText();
    }

    private AuditTrailPage choose(String menuId, String label) {
        browser.choose(menuId, label);
        return this;
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
