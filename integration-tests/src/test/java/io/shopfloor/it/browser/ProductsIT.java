package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import io.shopfloor.it.TestShopfloor;

/** A manager sets up a product with its options in a real Chromium and takes an order for it. */
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
        browser.choose("order:product", product + " (" + sku + ")");
        browser.choose("order:option", "Cherry");
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
}
