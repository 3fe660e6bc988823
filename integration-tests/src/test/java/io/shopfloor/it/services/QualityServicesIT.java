package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.ProductDraft;
import io.shopfloor.platform.audit.boundary.AuditTrail;
import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.files.boundary.Files;
import io.shopfloor.platform.files.entity.FileView;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.quality.boundary.Checklists;
import io.shopfloor.quality.boundary.GateOverrides;
import io.shopfloor.quality.boundary.IssueCategories;
import io.shopfloor.quality.boundary.Issues;
import io.shopfloor.quality.boundary.QualityChecks;
import io.shopfloor.quality.boundary.QualityDashboard;
import io.shopfloor.quality.entity.CheckNeed;
import io.shopfloor.quality.entity.CheckView;
import io.shopfloor.quality.entity.ChecklistDraft;
import io.shopfloor.quality.entity.ChecklistScope;
import io.shopfloor.quality.entity.ChecklistStatus;
import io.shopfloor.quality.entity.ChecklistView;
import io.shopfloor.quality.entity.IssueDraft;
import io.shopfloor.quality.entity.IssueFilter;
import io.shopfloor.quality.entity.IssueView;
import io.shopfloor.quality.entity.ItemDraft;
import io.shopfloor.quality.entity.ItemKind;
import io.shopfloor.quality.entity.ItemView;
import io.shopfloor.quality.entity.QualityFigures;
import io.shopfloor.quality.entity.ResultInput;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.quality.entity.SlaStatus;

/**
 * Quality on Payara Server: a checklist for a product at a stage keeps its batches there until a
 * check passes; a failed reading opens an issue that sets the batch's quality status until it is
 * resolved; a quality manager's written override lets a batch past and is audited; photos are
 * served only within the organization; the dashboard counts the checks and the first-pass yield. Each test's checklists are for a product of its own, so
 * other tests' batches never meet them.
 */
@ExtendWith(ArquillianExtension.class)
class QualityServicesIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Checklists checklists;

    @Inject
    QualityChecks checks;

    @Inject
    Issues issues;

    @Inject
    IssueCategories categories;

    @Inject
    GateOverrides overrides;

    @Inject
    Files files;

    @Inject
    Batches batches;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    Products products;

    @Inject
    AuditTrail audit;

    @Inject
    QualityDashboard dashboard;

    @Test
    void aBatchStaysUntilItsChecklistPassesAndAFailedReadingOpensAnIssue() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        UUID product = product("Gated");
        BatchView batch = batch(product);
        ChecklistView checklist = publishedChecklist(batch.stageId(), product, ChecklistScope.BATCH, false);
        assertThatThrownBy(() -> batches.advance(batch.id(), batch.version()))
                .as("the gate names the missing checklist").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("cannot leave " + batch.stageName()).hasMessageContaining(checklist.name());

        Callers.signInAs("worker", TestOrganizations.GLOBEX);
        List<CheckNeed> needs = checks.needs(batch.id());
        assertThat(needs).singleElement().satisfies(need -> {
            assertThat(need.templateId()).isEqualTo(checklist.id());
            assertThat(need.passing()).isFalse();
        });
        CheckView opened = checks.open(batch.id(), checklist.id(), null);
        assertThat(checks.open(batch.id(), checklist.id(), null).id()).as("an open check is taken up again").isEqualTo(opened.id());
        ItemView surface = checklist.items().get(0);
        ItemView gap = checklist.items().get(1);
        assertThatThrownBy(() -> checks.complete(opened.id(), opened.version(), List.of(), null))
                .as("nothing passes by default").isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("results." + surface.id(), "needs a result: passed or failed")
                        .containsEntry("results." + gap.id(), "needs its reading"));
        assertThatThrownBy(() -> checks.complete(opened.id(), opened.version(),
                List.of(new ResultInput(surface.id(), true, null, null), new ResultInput(gap.id(), true, null, null)), null))
                .as("an empty reading").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("results." + gap.id()));

        CheckView failed = checks.complete(opened.id(), opened.version(),
                List.of(new ResultInput(surface.id(), true, null, null), new ResultInput(gap.id(), true, new BigDecimal("0.42"), "wide")), "gap too wide");
        assertThat(failed.status()).as("a reading above the limit fails, whatever the worker said").isEqualTo(QualityStatus.CRITICAL);
        assertThat(failed.timeTaken()).isNotNull();
        assertThat(failed.items().get(1).passed()).isFalse();
        assertThat(failed.issueNumber()).matches("Q-\\d{6}");
        IssueView issue = issues.find(failed.issueId());
        assertThat(issue.categoryName()).isEqualTo("Failed check");
        assertThat(issue.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(issue.checkId()).isEqualTo(failed.id());
        assertThat(issue.title()).isEqualTo(checklist.name() + ": Gap to the cup");
        assertThat(issue.description()).contains("0.42 mm [0.1 – 0.3]").contains("gap too wide");
        assertThat(issue.sla()).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(issue.dueAt()).isEqualTo(issue.createdAt().plusHours(24));
        assertThat(batches.find(batch.id()).qualityStatus()).as("the batch follows its worst open issue").isEqualTo(QualityStatus.CRITICAL);
        assertThatThrownBy(() -> checks.record(failed.id(), new ResultInput(gap.id(), null, BigDecimal.ONE, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("completed");
        assertThatThrownBy(() -> issues.resolve(issue.id(), issue.version(), null, "Re-sanded"))
                .as("the issue is nobody's yet").isInstanceOf(PermissionDeniedException.class);

        CheckView second = checks.open(batch.id(), checklist.id(), null);
        checks.record(second.id(), new ResultInput(surface.id(), true, null, null));
        CheckView passed = checks.complete(second.id(), checks.find(second.id()).version(), List.of(new ResultInput(gap.id(), null, new BigDecimal("0.2"), null)), null);
        assertThat(passed.status()).isEqualTo(QualityStatus.GOOD);
        assertThat(passed.issueId()).isNull();
        assertThat(checks.needs(batch.id())).singleElement().extracting(CheckNeed::passing).isEqualTo(true);
        assertThat(checks.list(batch.id(), null)).extracting(c -> c.status()).containsExactly(QualityStatus.GOOD, QualityStatus.CRITICAL);

        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        IssueView assigned = issues.assign(issue.id(), issue.version(), workerId(batch.stageId()));
        Callers.signInAs("worker", TestOrganizations.GLOBEX);
        assertThat(issues.list(new IssueFilter(true, true, false, null, null, null, null, null), PageRequest.first(50)).items())
                .extracting(i -> i.id()).contains(issue.id());
        assertThatThrownBy(() -> issues.resolve(assigned.id(), assigned.version(), null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("resolution"));
        IssueView resolved = issues.resolve(assigned.id(), assigned.version(), "Jig worn", "Jig replaced, cup re-seated");
        assertThat(resolved.sla()).isEqualTo(SlaStatus.RESOLVED);
        assertThat(resolved.resolvedByName()).startsWith("worker of");
        assertThat(issues.history(issue.id())).as("the issue's history from the audit trail, newest first").first().satisfies(step -> {
            assertThat(step.userName()).startsWith("worker of");
            assertThat(step.changes()).anySatisfy(change -> {
                assertThat(change.field()).isEqualTo("resolution");
                assertThat(change.after().in(Locale.ENGLISH)).isEqualTo("Jig replaced, cup re-seated");
            });
        });

        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        BatchView current = batches.find(batch.id());
        assertThat(current.qualityStatus()).as("no open issue: good again").isEqualTo(QualityStatus.GOOD);
        assertThat(batches.advance(current.id(), current.version()).stageId()).as("the passing check opens the gate").isNotEqualTo(batch.stageId());
        checklists.retire(checklist.id(), checklists.find(checklist.id()).version());

        QualityFigures figures = dashboard.figures();
        assertThat(figures.firstPassYield()).as("the product's one unit failed its first check").filteredOn(y -> y.productId().equals(product))
                .singleElement().satisfies(y -> {
                    assertThat(y.units()).isEqualTo(1);
                    assertThat(y.firstPass()).isZero();
                });
        assertThat(figures.checks()).filteredOn(d -> d.stageId().equals(batch.stageId()) && d.day().equals(figures.today()))
                .singleElement().satisfies(d -> {
                    assertThat(d.checks()).isGreaterThanOrEqualTo(2);
                    assertThat(d.checks() - d.passed()).as("today's failed check").isPositive();
                });
        assertThat(figures.failedShare().share().get(figures.days().size() - 1)).as("today's point of the p-chart").isPositive();
    }

    @Test
    void anIssueOnHoldKeepsTheBatchAndAWrittenOverrideLetsItPastAudited() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        UUID product = product("Override");
        BatchView batch = batch(product);
        ChecklistView checklist = publishedChecklist(batch.stageId(), product, ChecklistScope.ORDER, false);
        UUID order = batch.orders().get(0).orderId();
        assertThat(checks.needs(batch.id())).singleElement().satisfies(need -> {
            assertThat(need.orderId()).as("filed per order").isEqualTo(order);
            assertThat(need.label()).contains(batch.orders().get(0).orderNumber());
        });
        assertThatThrownBy(() -> checks.open(batch.id(), checklist.id(), null)).as("a per-order checklist needs its order")
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("does not apply");

        Callers.signInAs("worker", TestOrganizations.GLOBEX);
        UUID equipment = categories.list(false).stream().filter(c -> "equipment".equals(c.code())).findFirst().orElseThrow().id();
        IssueView hold = issues.report(new IssueDraft(batch.id(), null, batch.stageId(), equipment, Severity.HOLD, "Press leaks oil", "", null, Map.of()));
        assertThat(hold.reportedByName()).startsWith("worker of");
        assertThat(hold.dueAt()).as("Equipment is due in 8 hours").isEqualTo(hold.createdAt().plusHours(8));
        assertThatThrownBy(() -> overrides.grant(batch.id(), batches.find(batch.id()).version(), "trust me"))
                .as("workers hold no quality:override").isInstanceOf(PermissionDeniedException.class);

        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        BatchView held = batches.find(batch.id());
        assertThat(held.qualityStatus()).isEqualTo(QualityStatus.HOLD);
        assertThatThrownBy(() -> batches.advance(held.id(), held.version())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("quality hold");
        assertThatThrownBy(() -> overrides.grant(held.id(), held.version(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        var granted = overrides.grant(held.id(), held.version(), "Customer accepted the sample; press repaired tonight");
        assertThat(granted.grantedByName()).startsWith("manager of");
        assertThat(overrides.list(batch.id())).singleElement().extracting(o -> o.reason()).asString().startsWith("Customer accepted");
        BatchView moved = batches.advance(held.id(), batches.find(held.id()).version());
        assertThat(moved.stageId()).isNotEqualTo(batch.stageId());

        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        assertThat(audit.list(new AuditFilter("quality_gate_overrides", granted.id().toString(), null, null, null, null), PageRequest.first(10)).items())
                .as("the override is in the audit trail").hasSize(1);
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        checklists.retire(checklist.id(), checklists.find(checklist.id()).version());
    }

    @Test
    void editingAPublishedChecklistPublishesTheNextVersionAndAnotherOrganizationNeverSeesIt() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        UUID product = product("Versions");
        UUID stage = batch(product).stageId();
        ChecklistView first = publishedChecklist(stage, product, ChecklistScope.BATCH, false);
        checklists.create(new ChecklistDraft("Second for the same", stage, product, null, List.of(passFail("Anything", false))));
        ChecklistDraft edited = new ChecklistDraft(first.name(), stage, product, ChecklistScope.BATCH,
                List.of(first.items().get(1).toDraft(), first.items().get(0).toDraft(), passFail("Logo centred", false)));
        ChecklistView second = checklists.update(first.id(), first.version(), edited);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ChecklistStatus.ACTIVE);
        assertThat(second.items()).extracting(ItemView::text).containsExactly("Gap to the cup", "Surface free of scratches", "Logo centred");
        assertThat(checklists.find(first.id()).status()).as("the old version is kept, retired").isEqualTo(ChecklistStatus.RETIRED);
        assertThat(checklists.versions(second.id())).extracting(ChecklistView::revision).containsExactly(2, 1);
        ChecklistView draft = checklists.list(false, PageRequest.first(200)).items().stream()
                .filter(c -> c.name().equals("Second for the same") && product.equals(c.productId())).findFirst().orElseThrow();
        assertThatThrownBy(() -> checklists.publish(draft.id(), draft.version()))
                .as("one active version per product and stage").isInstanceOf(BusinessRuleException.class).hasMessageContaining(first.name());
        assertThatThrownBy(() -> checklists.create(new ChecklistDraft("Bad gauge", stage, product, null, List.of(
                new ItemDraft("Fit", "Gap", null, ItemKind.MEASUREMENT, null, null, new BigDecimal("2"), new BigDecimal("1"), Severity.CRITICAL, true, false)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("items[0].unit", "items[0].upperLimit"));
        checklists.discard(draft.id(), draft.version());

        Callers.signInAs("manager", TestOrganizations.ACME);
        assertThatThrownBy(() -> checklists.find(second.id())).isInstanceOf(NotFoundException.class);
        assertThat(checklists.list(true, PageRequest.first(200)).items()).extracting(ChecklistView::id).doesNotContain(first.id(), second.id());
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        checklists.retire(second.id(), second.version());
    }

    @Test
    void aRequiredPhotoIsAttachedAsAThumbnailAndServedOnlyWithinTheOrganization() throws IOException {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        UUID product = product("Photo");
        BatchView batch = batch(product);
        ChecklistView checklist = publishedChecklist(batch.stageId(), product, ChecklistScope.BATCH, true);
        Callers.signInAs("worker", TestOrganizations.GLOBEX);
        CheckView check = checks.open(batch.id(), checklist.id(), null);
        ItemView surface = checklist.items().get(0);
        ItemView gap = checklist.items().get(1);
        assertThatThrownBy(() -> checks.attachPhoto(check.id(), surface.id(), "grain.png", png()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("results." + surface.id(), "record the result first, then add its photo"));
        checks.record(check.id(), new ResultInput(surface.id(), true, null, null));
        assertThatThrownBy(() -> checks.attachPhoto(check.id(), surface.id(), "grain.png", "<html></html>".getBytes(StandardCharsets.UTF_8)))
                .as("a page named .png").isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("file"));
        CheckView current = checks.find(check.id());
        assertThatThrownBy(() -> checks.complete(check.id(), current.version(), List.of(new ResultInput(gap.id(), null, new BigDecimal("0.2"), null)), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("results." + surface.id(), "needs a photo"));
        FileView photo = checks.attachPhoto(check.id(), surface.id(), "C:\\photos\\grain.png", png());
        assertThat(photo.name()).isEqualTo("grain.png");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.hasThumbnail()).isTrue();
        assertThat(photo.sha256()).hasSize(64);
        CheckView done = checks.complete(check.id(), checks.find(check.id()).version(), List.of(new ResultInput(gap.id(), null, new BigDecimal("0.2"), null)), null);
        assertThat(done.status()).isEqualTo(QualityStatus.GOOD);
        assertThat(done.items().get(0).photos()).extracting(FileView::id).containsExactly(photo.id());
        assertThat(files.download(photo.id()).bytes()).isEqualTo(png());
        assertThat(files.thumbnail(photo.id()).contentType()).isEqualTo("image/png");

        Callers.signInAs("viewer", TestOrganizations.GLOBEX);
        assertThat(files.download(photo.id()).inline()).as("a viewer reads quality").isTrue();
        Callers.signInAs("manager", TestOrganizations.ACME);
        assertThatThrownBy(() -> files.download(photo.id())).as("another organization's file").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.thumbnail(photo.id())).isInstanceOf(NotFoundException.class);
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        checklists.retire(checklist.id(), checklists.find(checklist.id()).version());
    }

    // -- helpers ---------------------------------------------------------------------------------

    private ChecklistView publishedChecklist(UUID stage, UUID product, ChecklistScope scope, boolean photo) {
        ChecklistView draft = checklists.create(new ChecklistDraft("Cup fit " + suffix(), stage, product, scope, List.of(
                passFail("Surface free of scratches", photo),
                new ItemDraft("Fit", "Gap to the cup", "Feeler gauge at 12 o'clock", ItemKind.MEASUREMENT, "mm", new BigDecimal("0.2"),
                        new BigDecimal("0.1"), new BigDecimal("0.3"), Severity.CRITICAL, true, false))));
        assertThat(draft.status()).isEqualTo(ChecklistStatus.DRAFT);
        return checklists.publish(draft.id(), draft.version());
    }

    private static ItemDraft passFail(String text, boolean photo) {
        return new ItemDraft("Finish", text, null, ItemKind.PASS_FAIL, null, null, null, null, Severity.WARNING, true, photo);
    }

    private UUID product(String name) {
        return products.create(new ProductDraft("Quality " + name + " " + suffix(), "Q" + suffix().substring(0, 5), null,
                new BigDecimal("2"), new BigDecimal("100"), Map.of())).id();
    }

    private BatchView batch(UUID product) {
        UUID customer = customers.create(new CustomerDraft("Quality customer " + suffix(), null, null, null, null)).id();
        UUID order = orders.create(new OrderDraft(customer, null, LocalDate.now().plusDays(14), null, Map.of(), product, null, Map.of(), null)).id();
        return batches.create(new BatchDraft(null, null, null), List.of(order));
    }

    private UUID workerId(UUID stage) {
        return batches.workers(stage).stream().filter(w -> w.name().startsWith("worker of")).findFirst()
                .orElseThrow().id();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0x00ff00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
