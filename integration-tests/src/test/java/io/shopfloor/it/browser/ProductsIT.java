package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import io.shopfloor.it.TestShopfloor;

/** A manager sets up a product with its options and stage estimates in a real Chromium and takes an order for it. */
class ProductsIT {

    private TestShopfloor shopfloor;
    private Browser browser;
    private StaffScreens screens;
    private ProductScreens products;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        browser = new Browser();
        screens = new StaffScreens(browser, shopfloor.staffUrl());
        products = new ProductScreens(browser, shopfloor.staffUrl());
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void aManagerCreatesAProductWithTwoOptionsAndAnOrderChoosingThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String product = "Verite Closed " + suffix;
        String sku = "VC" + suffix;
        String customer = "Hifiklang " + suffix;
        var manager = shopfloor.demo("manager");
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(manager.organization(), manager.email(), manager.password());
        assertThat(screens.shows(By.id("navProducts"))).isTrue();

        products.createProduct(product, sku, "Very high", "12.5", "2499.00");
        assertThat(products.heading()).isEqualTo(product);
        products.addOption("Sapele");
        products.addOption("Cherry");
        assertThat(products.optionNames()).containsExactly("Sapele", "Cherry");
        assertThat(products.search(suffix)).containsExactly(product);

        screens.createCustomer(customer, "buyer@hifiklang.example");
        screens.fillNewOrder(customer, "2026-12-24", "Closed back, gift wrap");
        screens.chooseProduct(product + " (" + sku + ")", "Cherry");
        browser.driver().findElement(By.id("order:customizations")).sendKeys("engraving: A.B.");
        browser.driver().findElement(By.id("order:internalNotes")).sendKeys("Regular customer, ship first");
        String orderNumber = screens.saveNewOrder();
        assertThat(orderNumber).matches("SO-\\d{6}");

        // The order's page, loaded afresh, shows what was chosen.
        browser.driver().navigate().refresh();
        browser.waitForAjax();
        assertThat(browser.driver().findElement(By.id("order:product_label")).getText()).isEqualTo(product + " (" + sku + ")");
        assertThat(browser.driver().findElement(By.id("order:option_label")).getText()).isEqualTo("Cherry");
        assertThat(browser.driver().findElement(By.id("order:customizations")).getDomProperty("value")).isEqualTo("engraving: A.B.");
        assertThat(browser.driver().findElement(By.id("order:internalNotes")).getDomProperty("value")).isEqualTo("Regular customer, ship first");
    }

    @Test
    void aManagerSetsTheStageEstimatesOfAProductAndFindsThemAgain() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestShopfloor.Organization org = shopfloor.newOrganization("it-estimates-" + suffix.toLowerCase());
        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email("manager"), TestShopfloor.PASSWORD);
        products.createProduct("Atrium " + suffix, "AT" + suffix, "High", "12", "1999.00");
        assertThat(products.estimates()).containsExactly("Intake |  | required", "Sanding |  | required", "Finishing |  | required",
                "Sub-Assembly |  | required", "Final Assembly |  | required", "Acoustic QC |  | required", "Shipping |  | required");

        products.enterHours("Sanding", "2.5");
        products.enterHours("Finishing", "3");
        products.enterHours("Acoustic QC", "0.75");
        products.toggleRequired("Acoustic QC");
        products.moveUp("Finishing");
        assertThat(products.estimatesTotal()).isEqualTo("6.25");
        products.save();
        assertThat(browser.driver().findElement(By.id("messages")).getText()).contains("Product Atrium " + suffix + " saved.");

        // Loaded afresh: the estimates first, in the order chosen, then the stages without one.
        browser.driver().navigate().refresh();
        browser.waitForAjax();
        assertThat(products.estimates()).containsExactly("Finishing | 3 | required", "Sanding | 2.5 | required",
                "Acoustic QC | 0.75 | optional", "Intake |  | required", "Sub-Assembly |  | required",
                "Final Assembly |  | required", "Shipping |  | required");
        assertThat(products.estimatesTotal()).isEqualTo("6.25");

        // A wrong value is refused on its input, and nothing of the form is saved.
        products.enterHours("Sanding", "2.125");
        products.enterHours("Shipping", "1");
        products.save();
        assertThat(products.hoursMessage("Sanding")).isEqualTo("Hours for Sanding take at most 2 decimals");
        assertThat(products.hoursMessage("Shipping")).isEmpty();
        products.enterHours("Finishing", "three");
        assertThat(products.hoursMessage("Finishing")).isEqualTo("Enter a number like 12.5");
        browser.driver().navigate().refresh();
        browser.waitForAjax();
        assertThat(products.estimates()).startsWith("Finishing | 3 | required", "Sanding | 2.5 | required",
                "Acoustic QC | 0.75 | optional").contains("Shipping |  | required");

        // Not required needs an estimate to be kept on.
        products.toggleRequired("Intake");
        products.save();
        assertThat(products.hoursMessage("Intake")).isEqualTo("Enter the hours for Intake (0 or more) to save it as not required");
    }
}
