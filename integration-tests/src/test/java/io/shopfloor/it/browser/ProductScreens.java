package io.shopfloor.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff screens' products list and product form with its options and stage estimates, as a person uses them. */
public final class ProductScreens {

    private final Browser browser;
    private final String baseUrl;

    public ProductScreens(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Creates a product from the list's "New product" button; the browser then shows the product's page. */
    public void createProduct(String name, String skuPrefix, String complexity, String baseHours, String basePrice) {
        browser.driver().get(baseUrl + "/products.xhtml");
        browser.waitForAjax();
        browser.driver().findElement(By.id("products:newProduct")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("product:name")));
        browser.waitForAjax();
        browser.driver().findElement(By.id("product:name")).sendKeys(name);
        browser.driver().findElement(By.id("product:skuPrefix")).sendKeys(skuPrefix);
        browser.choose("product:complexity", complexity);
        browser.driver().findElement(By.id("product:baseHours")).sendKeys(baseHours);
        browser.driver().findElement(By.id("product:basePrice")).sendKeys(basePrice);
        browser.driver().findElement(By.id("product:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("product.xhtml?id="));
        browser.waitForAjax();
    }

    /** On the product's page: adds an option and waits until the options table lists it. */
    public void addOption(String name) {
        WebElement input = browser.driver().findElement(By.id("options:newOption"));
        input.clear();
        input.sendKeys(name);
        browser.driver().findElement(By.id("options:addOption")).click();
        browser.waitForAjax();
        browser.waiting().until(d -> optionNames().contains(name));
    }

    /** The option names the product's options table shows, in order. */
    public java.util.List<String> optionNames() {
        return browser.driver().findElements(By.cssSelector("#options\\:optionsTable_data input[id$='optionName']")).stream()
                .map(i -> i.getDomProperty("value")).toList();
    }

    /** The stage estimates table as shown, row by row: "stage | hours | required" (hours empty without an estimate). */
    public java.util.List<String> estimates() {
        return browser.driver().findElements(By.cssSelector("#product\\:estimates_data tr")).stream()
                .map(row -> row.findElement(By.cssSelector("span[id$='stageName']")).getText() + " | "
                        + row.findElement(By.cssSelector("input[id$='hours']")).getDomProperty("value") + " | "
                        + ("true".equals(row.findElement(By.cssSelector("input[type='checkbox']")).getDomProperty("checked")) ? "required" : "optional"))
                .toList();
    }

    /** Types the hours of a stage's estimate (clearing what was there) and leaves the input. */
    public void enterHours(String stage, String hours) {
        WebElement input = estimateRow(stage).findElement(By.cssSelector("input[id$='hours']"));
        input.clear();
        input.sendKeys(hours, Keys.TAB);
        browser.waitForAjax();
    }

    /** Ticks or unticks the Required box of a stage. */
    public void toggleRequired(String stage) {
        estimateRow(stage).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.waitForAjax();
    }

    /** Moves a stage's estimate one row up. */
    public void moveUp(String stage) {
        estimateRow(stage).findElement(By.cssSelector("button[id$=':up']")).click();
        browser.waitForAjax();
    }

    /** The total hours below the estimates table. */
    public String estimatesTotal() {
        return browser.driver().findElement(By.id("product:estimatesTotal")).getText();
    }

    /** The message shown under a stage's hours input. */
    public String hoursMessage(String stage) {
        return estimateRow(stage).findElement(By.cssSelector("[id$='hoursMessage']")).getText();
    }

    /** Saves the product form and waits for the answer. */
    public void save() {
        browser.driver().findElement(By.id("product:save")).click();
        browser.waitForAjax();
    }

    private WebElement estimateRow(String stage) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='product:estimates_data']/tr[.//span[contains(@id,'stageName') and normalize-space(.)='" + stage + "']]")));
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    /** The product names the list shows for a search. */
    public java.util.List<String> search(String text) {
        browser.driver().get(baseUrl + "/products.xhtml");
        browser.waitForAjax();
        browser.driver().findElement(By.id("products:text")).sendKeys(text);
        browser.waiting().until(d -> d.findElements(By.cssSelector("#products\\:table_data tr")).stream()
                .allMatch(row -> row.getText().contains(text) || row.getText().contains("No products match.")));
        browser.waitForAjax();
        return browser.driver().findElements(By.cssSelector("#products\\:table_data a")).stream().map(WebElement::getText).toList();
    }
}
