package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.tenancy.boundary.Organizations;
import io.shopfloor.platform.tenancy.entity.TenantSettings;
import io.shopfloor.platform.tenancy.entity.TenantSettingsView;

/** An organization's administrators keep its settings; nobody else, and no other organization's. */
@ExtendWith(ArquillianExtension.class)
class OrganizationsIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Organizations organizations;

    @Test
    void anAdministratorChangesNameTimeZoneAndCurrencyOfTheirOwnOrganizationOnly() {
        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        TenantSettingsView before = organizations.settings();
        assertThat(before.slug()).isEqualTo(TestOrganizations.GLOBEX);
        try {
            TenantSettingsView changed = organizations.updateSettings(before.version(),
                    new TenantSettings("Globex Corporation", "America/Chicago", "USD"));
            assertThat(changed).extracting(TenantSettingsView::name, TenantSettingsView::timezone, TenantSettingsView::currency)
                    .containsExactly("Globex Corporation", "America/Chicago", "USD");
            assertThatThrownBy(() -> organizations.updateSettings(before.version(), new TenantSettings("Stale", "UTC", "EUR")))
                    .isInstanceOf(ConcurrentEditException.class);

            Callers.signInAs("admin", TestOrganizations.ACME);
            assertThat(organizations.settings().name()).isNotEqualTo("Globex Corporation");
        } finally {
            Callers.signInAs("admin", TestOrganizations.GLOBEX);
            organizations.updateSettings(organizations.settings().version(),
                    new TenantSettings(before.name(), before.timezone(), before.currency()));
        }
    }

    @Test
    void badSettingsAreRefusedPerFieldAndNothingChanges() {
        Callers.signInAs("admin", TestOrganizations.GLOBEX);
        TenantSettingsView before = organizations.settings();
        assertThatThrownBy(() -> organizations.updateSettings(before.version(), new TenantSettings(" ", "Mars/Olympus", "EURO")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> organizations.updateSettings(before.version(), new TenantSettings("Globex", "Mars/Olympus", "XYZ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("timezone", "must be a time zone such as Europe/Berlin")
                        .containsEntry("currency", "must be a three-letter currency code such as EUR"));
        assertThat(organizations.settings()).isEqualTo(before);
    }

    @Test
    void aManagerCannotReadOrChangeTheSettings() {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        assertThatThrownBy(() -> organizations.settings()).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("tenant:read");
        assertThatThrownBy(() -> organizations.updateSettings(0, new TenantSettings("Hijack", "UTC", "EUR")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("tenant:write");
    }
}
