package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/** A manager works in a real Chromium against the deployed EAR; another organization sees none of it. */
class StaffScreensIT {

    private TestShopfloor shopfloor;
    private Browser browser;
    private StaffScreens screens;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        browser = new Browser();
        screens = new StaffScreens(browser, shopfloor.staffUrl());
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void theDemoManagerCreatesACustomerAndAnOrderAndFindsItInTheListWhichAnotherOrganizationCannotSee() {
        String customer = "Klangwerk " + UUID.randomUUID().toString().substring(0, 6);
        var demoManager = shopfloor.demo("manager");
        new SignInPage(browser).open(shopfloor.staffUrl())
                .signIn(demoManager.organization(), demoManager.email(), demoManager.password());
        assertThat(screens.currentUrl()).contains("/shopfloor/");
        assertThat(browser.driver().findElement(By.id("signedInAs")).getText()).contains("Demo Workshop");

        screens.createCustomer(customer, "buyer@klangwerk.example");
        String orderNumber = screens.createOrder(customer, "2026-12-24", "Walnut cups, engraved");
        assertThat(orderNumber).matches("SO-\\d{6}");
        assertThat(screens.currentUrl()).contains("order.xhtml?id=");
        String orderId = screens.currentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

        assertThat(screens.searchOrders(customer)).containsExactly(orderNumber);

        screens.signOut();
        new SignInPage(browser).open(shopfloor.staffUrl())
                .signIn(shopfloor.globex().slug(), shopfloor.globex().email("manager"), TestShopfloor.PASSWORD);
        // Order numbers count per organization (globex has its own SO-000001): search by the customer.
        assertThat(screens.searchOrders(customer)).isEmpty();
        assertThat(new Api(shopfloor.apiUrl(), shopfloor.globex().token("manager")).get("/orders/" + orderId).status())
                .isEqualTo(404);
    }

    @Test
    void aViewerSeesOrdersButNoButtonToCreateOne() {
        new SignInPage(browser).open(shopfloor.staffUrl())
                .signIn(shopfloor.acme().slug(), shopfloor.acme().email("viewer"), TestShopfloor.PASSWORD);
        browser.driver().get(shopfloor.staffUrl() + "/orders.xhtml");
        browser.waitForAjax();
        assertThat(screens.shows(By.id("orders:table"))).isTrue();
        assertThat(screens.shows(By.id("orders:newOrder"))).isFalse();
        assertThat(screens.shows(By.id("navConsole"))).isFalse();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        SignInPage signIn = new SignInPage(browser).open(shopfloor.staffUrl());
        signIn.signIn(shopfloor.acme().slug(), shopfloor.acme().email("manager"), "not the password");
        assertThat(signIn.error()).contains("Organization, e-mail or password is not right.");
        assertThat(screens.currentUrl()).contains("sign-in.xhtml");
    }
}
