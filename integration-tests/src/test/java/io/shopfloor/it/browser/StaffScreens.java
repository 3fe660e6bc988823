package io.shopfloor.it.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff screens' orders and customers pages, as a person uses them. */
public final class StaffScreens {

    private final Browser browser;
    private final String baseUrl;

    public StaffScreens(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    public void createCustomer(String name, String email) {
        browser.driver().get(baseUrl + "/customer.xhtml");
        browser.waitForAjax();
        browser.driver().findElement(By.id("customer:name")).sendKeys(name);
        browser.driver().findElement(By.id("customer:email")).sendKeys(email);
        browser.driver().findElement(By.id("customer:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("customers.xhtml"));
        browser.waitForAjax();
    }

    /** Fills the new-order form and saves it; returns the order number the page then shows. */
    public String createOrder(String customerName, String dueDate, String notes) {
        fillNewOrder(customerName, dueDate, notes);
        return saveNewOrder();
    }

    /** Opens the new-order form and fills customer, due date and notes. */
    public void fillNewOrder(String customerName, String dueDate, String notes) {
        browser.driver().get(baseUrl + "/order.xhtml");
        browser.waitForAjax();
        WebElement customer = browser.driver().findElement(By.id("order:customer_input"));
        customer.sendKeys(customerName);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), \"" + customerName + "\")]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        browser.waitForAjax();
        browser.driver().findElement(By.id("order:dueDate_input")).sendKeys(dueDate);
        browser.driver().findElement(By.id("order:notes")).sendKeys(notes);
    }

    /** On the order form: picks the product (as the menu labels it, "name (SKU prefix)") and then one of its options. */
    public void chooseProduct(String productLabel, String option) {
        browser.choose("order:product", productLabel);
        browser.choose("order:option", option);
    }

    /** Saves the filled new-order form; returns the order number the page then shows. */
    public String saveNewOrder() {
        browser.driver().findElement(By.id("order:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("order.xhtml?id="));
        browser.waitForAjax();
        String heading = browser.driver().findElement(By.tagName("h1")).getText();
        return heading.replace("Order ", "").strip();
    }

    /** Opens the orders list and searches; returns the order numbers the lazy table shows. */
    public java.util.List<String> searchOrders(String text) {
        browser.driver().get(baseUrl + "/orders.xhtml");
        browser.waitForAjax();
        WebElement search = browser.driver().findElement(By.id("orders:text"));
        search.sendKeys(text);
        browser.waiting().until(d -> d.findElements(By.cssSelector("#orders\\:table_data tr")).stream()
                .allMatch(row -> row.getText().contains(text) || row.getText().contains("No orders match.")));
        browser.waitForAjax();
        return browser.driver().findElements(By.cssSelector("#orders\\:table_data a.sf-order-link")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the orders list, searches and returns each order number the table shows with its status, in order. */
    public Map<String, String> listedOrders(String text) {
        searchOrders(text);
        Map<String, String> orders = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#orders\\:table_data > tr"))) {
            List<WebElement> link = row.findElements(By.cssSelector("a.sf-order-link"));
            if (!link.isEmpty()) {
                // Order, customer, status, ...
                orders.put(link.get(0).getText(), row.findElements(By.tagName("td")).get(2).getText());
            }
        }
        return orders;
    }

    /** Finds an order on the orders list by its number and opens its page. */
    public void openOrder(String orderNumber) {
        searchOrders(orderNumber);
        browser.driver().findElement(By.linkText(orderNumber)).click();
        browser.waiting().until(ExpectedConditions.urlContains("order.xhtml?id="));
        browser.waitForAjax();
    }

    /** The status the open order's page shows. */
    public String orderStatus() {
        return browser.driver().findElement(By.id("order:status")).getText();
    }

    /** The open order's history as the page lists it, oldest first: "from | to | who | reason" per row. */
    public List<String> orderHistory() {
        return browser.driver().findElements(By.cssSelector("#historyTable_data > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() == 5)
                .map(cells -> cells.subList(1, 5).stream().map(WebElement::getText).collect(Collectors.joining(" | ")))
                .toList();
    }

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
    }

    public boolean shows(By element) {
        return !browser.driver().findElements(element).isEmpty();
    }

    public void signOut() {
        browser.driver().findElement(By.id("signOutForm:signOut")).click();
        browser.waiting().until(ExpectedConditions.urlContains("sign-in.xhtml"));
    }
}
