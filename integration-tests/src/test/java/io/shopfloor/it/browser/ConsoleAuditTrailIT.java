package io.shopfloor.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.TestShopfloor.Organization;
import io.shopfloor.it.rest.Api;

/**
 * An administrator reads their organization's audit trail in the console: who changed what,
 * value by value, failed sign-ins and refused actions; and never another organization's.
 */
class ConsoleAuditTrailIT {

    private TestShopfloor shopfloor;
    private Browser browser;

    @BeforeEach
    void open() {
        shopfloor = TestShopfloor.get();
        browser = new Browser();
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot("audit_" + test.getDisplayName().replaceAll("\\W+", "_"));
        browser.close();
    }

    @Test
    void anAdminOpensAnOrderChangeAndSeesOldAndNewValuesCustomFieldsByLabel() {
        Api manager = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
        String customerId = created(manager.post("/customers", Json.createObjectBuilder().add("name", "Audit Audio " + UUID.randomUUID()).build())).getString("id");
        JsonObject order = created(manager.post("/orders", Json.createObjectBuilder().add("customerId", customerId).add("notes", "Walnut cups")
                .add("customFields", Json.createObjectBuilder().add("finish", "matte")).build()));
        Api.Response changed = manager.put("/orders/" + order.getString("id"), Json.createObjectBuilder().add("customerId", customerId)
                .add("notes", "Cherry cups").add("customFields", Json.createObjectBuilder().add("finish", "gloss"))
                .add("version", order.getJsonNumber("version").longValue()).build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        signInToConsole(shopfloor.acme(), "admin");
        AuditTrailPage audit = new AuditTrailPage(browser).open().kindOfRecord("Order").recordId(order.getString("id")).search();

        assertThat(audit.rows()).hasSize(2);
        assertThat(audit.rows().get(0)).contains("manager of it-acme").contains("Changed")
                .contains("Order " + order.getString("orderNumber") + " changed: Notes, Finish");
        assertThat(audit.openEntry("changed: Notes")).containsExactly("Notes|Walnut cups|Cherry cups", "Finish|matte|gloss");
        assertThat(audit.entrySummary()).contains("manager of it-acme").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{2}:\\d{2}");
    }

    @Test
    void aFailedSignInAndARefusedActionAppearForTheirOrganizationOnly() {
        String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8) + "@" + shopfloor.acme().slug() + ".example";
        SignInPage signIn = new SignInPage(browser).open(shopfloor.consoleUrl());
        signIn.signIn(shopfloor.acme().slug(), intruder, "guessed-password");
        assertThat(signIn.error()).contains("not right");
        Api worker = new Api(shopfloor.apiUrl(), shopfloor.acme().token("worker"));
        assertThat(worker.post("/customers", Json.createObjectBuilder().add("name", "Not for workers").build()).status()).isEqualTo(403);

        signInToConsole(shopfloor.acme(), "admin");
        AuditTrailPage audit = new AuditTrailPage(browser).open().action("Sign-in failed").search();
        assertThat(audit.rows()).anySatisfy(row -> assertThat(row).contains("Failed sign-in as " + intruder + ": no user with this e-mail"));
        assertThat(audit.openEntry(intruder)).contains("E-mail tried|" + intruder, "Reason|no user with this e-mail");

        browser.driver().navigate().refresh();
        audit = new AuditTrailPage(browser).open().action("Permission denied").search();
        assertThat(audit.rows()).anySatisfy(row -> assertThat(row).contains("worker of it-acme")
                .contains("Refused Customers.create: needs the permission customers:write"));

        browser.driver().findElement(org.openqa.selenium.By.id("signOutForm:signOut")).click();
        signInToConsole(shopfloor.globex(), "admin");
        AuditTrailPage globex = new AuditTrailPage(browser).open();
        assertThat(globex.tableText()).doesNotContain("it-acme");
        globex.action("Sign-in failed").search();
        assertThat(globex.tableText()).doesNotContain(intruder);
        globex.action("Permission denied").search();
        assertThat(globex.tableText()).doesNotContain("worker of it-acme");
    }

    @Test
    void badFiltersAreExplainedAtTheirInputs() {
        signInToConsole(shopfloor.acme(), "admin");
        AuditTrailPage audit = new AuditTrailPage(browser).open().recordId("SO-000001").search();
        assertThat(audit.message("entityIdMessage")).contains("Enter a record id");

        audit.recordId("").dates("2026-11-02", "2026-11-01").search();
        assertThat(audit.message("toMessage")).contains("must not be before the start date");
    }

    @Test
    void aManagerIsToldTheAuditTrailIsNotTheirs() {
        signInToConsole(shopfloor.acme(), "manager");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("navAudit"))).isEmpty();
        browser.driver().get(shopfloor.consoleUrl() + "/audit.xhtml");
        browser.waitForAjax();
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("notAllowed")).getText()).contains("audit:read");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("audit:table"))).isEmpty();
    }

    private void signInToConsole(Organization organization, String role) {
        new SignInPage(browser).open(shopfloor.consoleUrl())
                .signIn(organization.slug(), organization.email(role), TestShopfloor.PASSWORD);
        browser.waitForAjax();
    }

    private static JsonObject created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
