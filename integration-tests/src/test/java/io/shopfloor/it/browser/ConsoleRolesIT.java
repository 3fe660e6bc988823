package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/**
 * An administrator builds a role in the console's permission matrix and gives it to a user; what
 * the role grants is what that user's screens offer and what the REST API lets them do, from
 * their next request on, without signing in again.
 */
class ConsoleRolesIT {

    private static final String USER_PASSWORD = "order-viewer-password";

    private TestShopfloor shopfloor;
    private Browser admin;
    private Browser user;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        admin = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        admin.screenshot("roles_admin_" + test.getDisplayName().replaceAll("\\W+", "_"));
        admin.close();
        if (user != null) {
            user.screenshot("roles_user_" + test.getDisplayName().replaceAll("\\W+", "_"));
            user.close();
        }
    }

    @Test
    void anOrderViewerSeesOrdersWithoutEditingUntilTheRoleAllowsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String role = "Order viewer " + suffix;
        String email = "order-viewer-" + suffix + "@" + shopfloor.acme().slug() + ".example";
        ConsoleScreens console = signInToConsole();

        console.createRole(role);
        console.setPermissions(role, Set.of("orders:read"));
        assertThat(console.roleRow(role).getText()).contains("orders:read").doesNotContain("orders:write");
        console.createUser(email, "Olga Viewer", USER_PASSWORD, role);
        assertThat(console.userMessages()).contains("Olga Viewer can now sign in");
        Api userApi = new Api(shopfloor.apiUrl(), console.createTokenFor(email, "orders integration", TestShopfloor.PASSWORD));

        user = new Browser();
        new SignInPage(user).open(shopfloor.staffUrl()).signIn(shopfloor.acme().slug(), email, USER_PASSWORD);
        user.driver().get(shopfloor.staffUrl() + "/orders.xhtml");
        user.waitForAjax();
        assertThat(user.driver().findElements(By.id("orders:table"))).as("the orders list").hasSize(1);
        assertThat(user.driver().findElements(By.id("orders:newOrder"))).as("no new-order button").isEmpty();

        String customerId = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"))
                .post("/customers", Json.createObjectBuilder().add("name", "Viewer test " + suffix).build()).json().getString("id");
        Api.Response denied = userApi.post("/orders", Json.createObjectBuilder().add("customerId", customerId).build());
        assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
        assertThat(denied.isProblem()).isTrue();
        assertThat(denied.json().getString("detail")).contains("orders:write");
        assertThat(userApi.get("/orders").status()).isEqualTo(200);

        console.setPermissions(role, Set.of("orders:read", "orders:write"));
        assertThat(console.roleRow(role).getText()).contains("orders:write");

        // Same browser session, same token: the change applies to the very next request.
        user.driver().navigate().refresh();
        user.waitForAjax();
        assertThat(user.driver().findElements(By.id("orders:newOrder"))).as("the new-order button now").hasSize(1);
        Api.Response created = userApi.post("/orders", Json.createObjectBuilder().add("customerId", customerId).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void roleNamesAreUniqueBuiltInRolesCannotBeDeletedAndAnUnusedRoleIsDeletedAfterConfirmation() {
        ConsoleScreens console = signInToConsole();
        console.createRole("Manager");
        assertThat(console.newRoleForm()).contains("Is already the name of another role");

        console.openRoles();
        assertThat(console.roleRow("admin").findElements(By.xpath(".//button[contains(@id,'delete')]"))).isEmpty();
        assertThat(console.roleRow("admin").getText()).contains("everything (*)");

        String role = "Temporary " + UUID.randomUUID().toString().substring(0, 6);
        console.createRole(role);
        console.openRoles();
        console.roleRow(role).findElement(By.xpath(".//button[contains(@id,'delete')]")).click();
        admin.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        admin.waitForAjax();
        assertThat(console.roleMessages()).contains("is deleted");
        assertThat(console.hasRole(role)).isFalse();
    }

    @Test
    void aUserCreatedWithALinkSetsTheirPasswordOnceAndSignsIn() {
        String email = "linked-" + UUID.randomUUID().toString().substring(0, 6) + "@" + shopfloor.acme().slug() + ".example";
        ConsoleScreens console = signInToConsole();
        console.createUser(email, "Lina Link", null, "worker");
        String link = console.shownLink();
        assertThat(link).contains("/set-password.xhtml?token=sfl_");

        user = new Browser();
        user.driver().get(link);
        user.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("setPassword:password")));
        user.driver().findElement(By.name("setPassword:password")).sendKeys("lina-chose-this-one");
        user.driver().findElement(By.name("setPassword:repeated")).sendKeys("lina-chose-this-one");
        user.driver().findElement(By.id("setPassword:save")).click();
        user.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("organization")));
        assertThat(user.driver().findElement(By.id("organization")).getText()).isEqualTo(shopfloor.acme().slug());
        assertThat(user.driver().findElement(By.id("email")).getText()).isEqualTo(email);

        new SignInPage(user).open(shopfloor.staffUrl()).signIn(shopfloor.acme().slug(), email, "lina-chose-this-one");
        user.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signedInAs")));
        assertThat(user.driver().findElement(By.id("signedInAs")).getText()).contains("Lina Link");

        user.driver().get(link);
        user.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("setPassword:password")));
        user.driver().findElement(By.name("setPassword:password")).sendKeys("someone-elses-try");
        user.driver().findElement(By.name("setPassword:repeated")).sendKeys("someone-elses-try");
        user.driver().findElement(By.id("setPassword:save")).click();
        user.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("setPassword:messages"), "already used"));
        assertThat(user.driver().findElements(By.id("done"))).as("a used link sets nothing").isEmpty();
    }

    private ConsoleScreens signInToConsole() {
        new SignInPage(admin).open(shopfloor.consoleUrl())
                .signIn(shopfloor.acme().slug(), shopfloor.acme().email("admin"), TestShopfloor.PASSWORD);
        return new ConsoleScreens(admin, shopfloor.consoleUrl());
    }
}
