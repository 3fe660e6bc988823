package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/**
 * Times on the screens are the organization's (Berlin), not the server's (UTC); a user who
 * chooses Vietnamese gets the screens, the statuses and the date format in it, until they choose
 * their browser's language again.
 */
class LanguageAndClockIT {

    private TestShopfloor shopfloor;
    private Browser browser;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aManagerSeesTimesInTheOrganizationsZoneAndSwitchesToVietnameseAndBack() {
        TestShopfloor.Organization org = shopfloor.newOrganization("it-lang-" + UUID.randomUUID().toString().substring(0, 6));
        Api manager = new Api(shopfloor.apiUrl(), org.token("manager"));
        String customerId = manager.post("/customers", Json.createObjectBuilder().add("name", "Xưởng Gỗ Hòa Bình").build())
                .json().getString("id");
        String orderId = manager.post("/orders", Json.createObjectBuilder().add("customerId", customerId).build()).json().getString("id");
        OffsetDateTime created = OffsetDateTime.parse(manager.get("/orders/" + orderId + "/history").structure().asJsonArray()
                .getJsonObject(0).getString("changedAt"));
        var berlin = created.atZoneSameInstant(ZoneId.of("Europe/Berlin"));

        new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email("manager"), TestShopfloor.PASSWORD);
        openOrder(orderId);
        assertThat(firstHistoryTime()).as("the organization's time, not the server's")
                .isEqualTo(berlin.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        assertThat(text(By.id("order:status"))).isEqualTo("Pending");
        assertThat(text(By.id("navOrders"))).isEqualTo("Orders");

        choose("Tiếng Việt");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(text(By.cssSelector(".ui-messages-info"))).contains("Tiếng Việt");
        openOrder(orderId);
        assertThat(text(By.id("navOrders"))).isEqualTo("Đơn hàng");
        assertThat(text(By.id("order:status"))).isEqualTo("Chờ xử lý");
        assertThat(firstHistoryTime()).isEqualTo(berlin.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return PrimeFaces.getLocaleSettings().messages['primefaces.FileValidator.SIZE_LIMIT']"))
                .as("PrimeFaces' own texts, such as an upload's size refusal, speak the user's language too")
                .isEqualTo("Kích thước tập tin không hợp lệ.");

        choose("Theo trình duyệt");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        openOrder(orderId);
        assertThat(text(By.id("navOrders"))).isEqualTo("Orders");
    }

    private void openOrder(String orderId) {
        browser.driver().get(shopfloor.staffUrl() + "/order.xhtml?id=" + orderId);
        browser.waitForAjax();
    }

    private void choose(String language) {
        browser.driver().get(shopfloor.staffUrl() + "/profile.xhtml");
        browser.waitForAjax();
        browser.choose("language:choice", language);
        WebElement save = browser.driver().findElement(By.id("language:saveLanguage"));
        save.click();
        browser.waitUntilReplaced(save);
        browser.waitForAjax();
    }

    private String firstHistoryTime() {
        return text(By.cssSelector("[id$='historyTable_data'] > tr:first-child > td:first-child"));
    }

    private String text(By locator) {
        return browser.driver().findElement(locator).getText().strip();
    }
}
