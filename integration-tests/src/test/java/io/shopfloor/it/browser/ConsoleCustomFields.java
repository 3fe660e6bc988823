package io.shopfloor.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's custom fields page, as an administrator uses it. */
public final class ConsoleCustomFields {

    private final Browser browser;
    private final String consoleUrl;

    public ConsoleCustomFields(Browser browser, String consoleUrl) {
        this.browser = browser;
        this.consoleUrl = consoleUrl;
    }

    public ConsoleCustomFields open() {
        browser.driver().get(consoleUrl + "/custom-fields.xhtml");
        browser.waitForAjax();
        return this;
    }

    /** Defines a single select field of orders (the page opens on orders). */
    public void defineSingleSelect(String label, String key, List<String> options, boolean required) {
        browser.driver().findElement(By.id("fields:newField")).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("field:label"))).sendKeys(label);
        browser.driver().findElement(By.id("field:key")).sendKeys(key);
        browser.driver().findElement(By.xpath("//*[@id='field:type']//label[normalize-space(.)='Single select']")).click();
        browser.waitForAjax();
        WebElement chips = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("field:options_input")));
        for (String option : options) {
            chips.sendKeys(option, Keys.ENTER);
        }
        if (required) {
            browser.driver().findElement(By.cssSelector("#field\\:required .ui-chkbox-box")).click();
        }
        browser.driver().findElement(By.id("field:save")).click();
        browser.waitForAjax();
    }

    /** The text of the field's row in the table. */
    public String row(String label) {
        return rowElement(label).getText();
    }

    public void deactivate(String label) {
        rowElement(label).findElement(By.xpath(".//button[contains(@id,'deactivate')]")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitForAjax();
    }

    public void reactivate(String label) {
        rowElement(label).findElement(By.xpath(".//button[contains(@id,'reactivate')]")).click();
        browser.waitForAjax();
    }

    public String messages() {
        return browser.driver().findElement(By.id("fields:messages")).getText();
    }

    private WebElement rowElement(String label) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='fields:table_data']/tr[td[1][normalize-space(.)='" + label + "']]")));
    }
}
