package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.StageDraft;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.production.entity.StageView.RoleChoice;

/** The production stages service on Payara Server: seeded per organization, configured by managers and admins. */
@ExtendWith(ArquillianExtension.class)
class ProductionStagesIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    ProductionStages stages;

    @Test
    void everyOrganizationStartsWithTheWorkshopStagesAndKeepsItsChangesToItself() {
        Callers.signInAs("worker", TestOrganizations.GLOBEX);
        assertThat(stages.list()).extracting(StageView::name).startsWith("Intake", "Sanding", "Finishing", "Sub-Assembly",
                "Final Assembly", "Acoustic QC", "Shipping");
        assertThat(stages.list().get(0).responsibleRoles()).extracting(RoleChoice::name).containsExactly("worker");

        Callers.signInAs("manager", TestOrganizations.ACME);
        String name = "Engraving " + UUID.randomUUID().toString().substring(0, 6);
        UUID manager = stages.roles().stream().filter(r -> r.name().equals("manager")).findFirst().orElseThrow().id();
        StageView added = stages.create(new StageDraft(name, new BigDecimal("1.5"), List.of(manager)));
        assertThat(added.responsibleRoles()).extracting(RoleChoice::name).containsExactly("manager");
        assertThat(stages.list()).last().extracting(StageView::name).isEqualTo(name);
        assertThatThrownBy(() -> stages.create(new StageDraft(name.toUpperCase(), null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> stages.create(new StageDraft("Negative", new BigDecimal("-1"), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("estimatedHours"));

        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        assertThat(stages.list()).extracting(StageView::name).doesNotContain(name);
        assertThatThrownBy(() -> stages.setActive(added.id(), added.version(), false)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void stagesAreReorderedRenamedAndDeactivatedWithoutLosingThem() {
        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        List<StageView> before = stages.list();
        List<UUID> reversed = new ArrayList<>(before.stream().map(StageView::id).toList());
        Collections.reverse(reversed);
        try {
            assertThat(stages.reorder(reversed)).extracting(StageView::id).containsExactlyElementsOf(reversed);
        } finally {
            stages.reorder(before.stream().map(StageView::id).toList());
        }
        StageView sanding = stages.list().stream().filter(s -> s.name().equals("Sanding")).findFirst().orElseThrow();
        StageView renamed = stages.update(sanding.id(), sanding.version(),
                new StageDraft("Sanding and shaping", new BigDecimal("2.25"), sanding.responsibleRoleIds()));
        StageView off = stages.setActive(renamed.id(), renamed.version(), false);
        assertThat(off.active()).isFalse();
        assertThat(stages.list()).extracting(StageView::name).contains("Sanding and shaping");
        StageView on = stages.setActive(off.id(), off.version(), true);
        stages.update(on.id(), on.version(), new StageDraft("Sanding", null, on.responsibleRoleIds()));
    }

    @Test
    void aWorkerReadsTheStagesButCannotChangeThem() {
        Callers.signInAs("worker", TestOrganizations.ACME);
        assertThat(stages.list()).isNotEmpty();
        assertThatThrownBy(() -> stages.create(new StageDraft("Not mine", null, List.of())))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("production:write");
    }
}
