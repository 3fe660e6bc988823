package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/**
 * An administrator defines a custom field in the console; staff meet it on the order form, in the
 * orders list and in the API at once. Runs in an organization of its own, since a required field
 * changes what every order of the organization needs.
 */
class CustomFieldsIT {

    private TestShopfloor shopfloor;
    private TestShopfloor.Organization org;
    private Browser browser;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        org = shopfloor.newOrganization("it-cf-" + UUID.randomUUID().toString().substring(0, 6));
        browser = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot("custom_fields_" + test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void aRequiredSelectFieldIsEnforcedOnTheFormShownAndFilteredInTheListAndServedByTheApi() {
        // The console and the staff screens keep separate sessions: the admin and the manager work side by side.
        signIn(shopfloor.consoleUrl(), "admin");
        ConsoleCustomFields fields = new ConsoleCustomFields(browser, shopfloor.consoleUrl()).open();
        fields.defineSingleSelect("Surface finish", "surface", List.of("matte", "gloss"), true);
        assertThat(fields.messages()).contains("Field Surface finish added to orders.");
        assertThat(fields.row("Surface finish")).contains("surface").contains("Single select").contains("Yes").contains("Active");

        signIn(shopfloor.staffUrl(), "manager");
        StaffScreens staff = new StaffScreens(browser, shopfloor.staffUrl());
        String customer = "Finish Works " + UUID.randomUUID().toString().substring(0, 6);
        staff.createCustomer(customer, "buyer@finish.example");

        staff.fillNewOrder(customer, "2031-03-01", "needs a finish");
        browser.driver().findElement(By.id("order:save")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("order:cf_surface")).findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')]")).getText())
                .as("the error shows on the field's input").contains("Surface finish is required");
        assertThat(browser.driver().getCurrentUrl()).as("nothing was saved").doesNotContain("id=");

        browser.choose("order:cf_surface", "gloss");
        String glossOrder = staff.saveNewOrder();
        staff.fillNewOrder(customer, "2031-03-02", "the other finish");
        browser.choose("order:cf_surface", "matte");
        String matteOrder = staff.saveNewOrder();
        assertThat(browser.driver().findElement(By.id("order:cf_surface_label")).getText()).isEqualTo("matte");

        browser.driver().get(shopfloor.staffUrl() + "/orders.xhtml");
        browser.waitForAjax();
        assertThat(orderRow(glossOrder).getText()).contains("gloss");
        assertThat(orderRow(matteOrder).getText()).contains("matte");
        WebElement filter = browser.driver().findElement(By.xpath("//th[contains(., 'Surface finish')]//input"));
        filter.sendKeys("gloss");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(orderRowLocator(matteOrder)));
        browser.waitForAjax();
        assertThat(orderRow(glossOrder).getText()).contains("gloss");
        filter.clear();
        filter.sendKeys("shiny");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orders:listMessages"),
                "Surface finish must be one of: matte, gloss"));

        Api api = new Api(shopfloor.apiUrl(), org.token("manager"));
        Api.Response filtered = api.get("/orders?cf.surface=gloss");
        assertThat(filtered.status()).isEqualTo(200);
        List<JsonObject> items = filtered.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(o -> o.getString("orderNumber")).containsExactly(glossOrder);
        assertThat(items.get(0).getJsonObject("customFields").getString("surface")).isEqualTo("gloss");
        String glossId = items.get(0).getString("id");

        // Deactivating hides the field without losing its values; reactivating shows them again.
        browser.driver().get(shopfloor.consoleUrl() + "/custom-fields.xhtml");
        browser.waitForAjax();
        fields.deactivate("Surface finish");
        assertThat(fields.row("Surface finish")).contains("Deactivated");
        assertThat(api.get("/orders/" + glossId).json().getJsonObject("customFields")).doesNotContainKey("surface");
        browser.driver().get(shopfloor.staffUrl() + "/order.xhtml?id=" + glossId);
        browser.waitForAjax();
        assertThat(browser.driver().findElements(By.id("order:cf_surface"))).as("a deactivated field leaves the form").isEmpty();

        browser.driver().get(shopfloor.consoleUrl() + "/custom-fields.xhtml");
        browser.waitForAjax();
        fields.reactivate("Surface finish");
        assertThat(fields.row("Surface finish")).contains("Active");
        assertThat(api.get("/orders/" + glossId).json().getJsonObject("customFields").getString("surface")).isEqualTo("gloss");
    }

    @Test
    void aChangeThatStoredValuesWouldBreakIsRefusedWithTheNumberOfOrders() {
        signIn(shopfloor.consoleUrl(), "admin");
        ConsoleCustomFields fields = new ConsoleCustomFields(browser, shopfloor.consoleUrl()).open();
        fields.defineSingleSelect("Colour", "colour", List.of("red", "blue"), false);

        Api api = new Api(shopfloor.apiUrl(), org.token("manager"));
        String customerId = api.post("/customers", Json.createObjectBuilder().add("name", "Colour Co").build())
                .json().getString("id");
        for (String colour : List.of("red", "red", "blue")) {
            Api.Response created = api.post("/orders", Json.createObjectBuilder().add("customerId", customerId)
                    .add("customFields", Json.createObjectBuilder().add("colour", colour)).build());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        browser.driver().findElement(By.xpath("//tbody[@id='fields:table_data']/tr[td[1][normalize-space(.)='Colour']]//button[contains(@id,'edit')]")).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("field:options_input")));
        assertThat(browser.driver().findElement(By.id("field:key")).isEnabled()).as("the key of a field with values is locked").isFalse();
        // remove the option "red" (the first chip)
        browser.driver().findElement(By.cssSelector("#field\\:options li.ui-chips-token .ui-chips-token-icon")).click();
        browser.driver().findElement(By.id("field:save")).click();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("field")).getText())
                .contains("Cannot change: 2 orders have values the changed field would not accept");
        assertThat(api.get("/orders?cf.colour=red").json().getInt("total")).as("no value was lost").isEqualTo(2);
    }

    private void signIn(String appUrl, String role) {
        new SignInPage(browser).open(appUrl).signIn(org.slug(), org.email(role), TestShopfloor.PASSWORD);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("sign-in"));
        browser.waitForAjax();
    }

    private By orderRowLocator(String orderNumber) {
        return By.xpath("//tbody[@id='orders:table_data']/tr[.//a[normalize-space(.)='" + orderNumber + "']]");
    }

    private WebElement orderRow(String orderNumber) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(orderRowLocator(orderNumber)));
    }
}
