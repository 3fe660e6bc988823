package io.shopfloor.platform.roles.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.roles.control.PermissionCatalogue;

class PermissionMatrixTest {

    @Test
    void showsEachGrantAsItsCheckbox() {
        PermissionMatrix cut = PermissionMatrix.of(Set.of("orders:read", "production:*", "customers:write"));
        assertThat(cut.isEverything()).isFalse();
        assertThat(row(cut, "orders").getActions()).containsEntry("read", true).containsEntry("write", false);
        assertThat(row(cut, "orders").isAllActions()).isFalse();
        assertThat(row(cut, "production").isAllActions()).isTrue();
        assertThat(row(cut, "customers").getActions()).containsEntry("write", true).containsEntry("read", false);
        assertThat(row(cut, "audit").getActions()).containsOnlyKeys("read");
    }

    @Test
    void hasOneRowPerModuleOfTheCatalogueInItsOrder() {
        assertThat(PermissionMatrix.empty().getRows()).extracting(PermissionMatrix.Row::getModule)
                .containsExactlyElementsOf(PermissionCatalogue.MODULES.stream().map(PermissionCatalogue.Module::key).toList());
        assertThat(row(PermissionMatrix.empty(), "production").getActions()).containsOnlyKeys("read", "write", "work");
    }

    @Test
    void theStarIsTheEverythingCheckbox() {
        PermissionMatrix cut = PermissionMatrix.of(Set.of("*"));
        assertThat(cut.isEverything()).isTrue();
        assertThat(cut.toGrants()).containsExactly("*");
    }

    @Test
    void storedGrantsSurviveTheRoundTrip() {
        Set<String> grants = Set.of("customers:read", "orders:read", "orders:write", "production:work", "quality:*");
        assertThat(PermissionMatrix.of(grants).toGrants()).containsExactlyInAnyOrderElementsOf(grants);
    }

    @Test
    void aCheckedWildcardMakesTheActionsItCoversRedundant() {
        PermissionMatrix cut = PermissionMatrix.of(Set.of("orders:read"));
        row(cut, "orders").setAllActions(true);
        row(cut, "customers").getActions().put("read", true);
        assertThat(cut.toGrants()).containsExactly("customers:read", "orders:*");
        cut.setEverything(true);
        assertThat(cut.toGrants()).containsExactly("*");
    }

    @Test
    void uncheckingEverythingLeavesNoGrant() {
        PermissionMatrix cut = PermissionMatrix.of(Set.of("orders:read"));
        row(cut, "orders").getActions().put("read", false);
        assertThat(cut.toGrants()).isEmpty();
    }

    @Test
    void grantsTheCatalogueDoesNotKnowAreNotShownAndSoNotKept() {
        assertThat(PermissionMatrix.of(Set.of("orders:read", "legacy:thing")).toGrants()).containsExactly("orders:read");
    }

    @Test
    void aRoleSummarySpellsWildcardsOut() {
        RoleDetails role = new RoleDetails(null, "r", null, false, List.of("*", "orders:*", "customers:read"), 0);
        assertThat(role.permissionSummary()).isEqualTo("everything (*), orders: all actions, customers:read");
    }

    private static PermissionMatrix.Row row(PermissionMatrix matrix, String module) {
        return matrix.getRows().stream().filter(r -> r.getModule().equals(module)).findFirst().orElseThrow();
    }
}
