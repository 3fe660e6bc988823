package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.security.boundary.ApiTokens;
import io.shopfloor.platform.security.boundary.CurrentUser;
import io.shopfloor.platform.security.boundary.SignIn;

/** A user's API token signs in as that user until it is revoked; it is shown once, stored hashed. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    ApiTokens apiTokens;

    @Inject
    SignIn signIn;

    @Inject
    CurrentUser currentUser;

    @Test
    void aTokenActsAsItsUserUntilRevoked() {
        Callers.signInAs("worker", TestOrganizations.GLOBEX);
        var me = currentUser.me();
        assertThatThrownBy(() -> apiTokens.create("Label printer", "not my password", null))
                .as("an unattended session cannot mint a token").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("currentPassword");
        ApiTokens.NewApiToken created = apiTokens.create("Label printer", TestOrganizations.PASSWORD, null);
        assertThat(created.token()).startsWith("sft_").hasSize(47);
        assertThat(created.expiresAt()).as("90 days by default")
                .isBetween(OffsetDateTime.now().plusDays(89), OffsetDateTime.now().plusDays(91));
        assertThatThrownBy(() -> apiTokens.create("Forever", TestOrganizations.PASSWORD, 366))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("validDays");

        var caller = signIn.withApiToken(created.token());
        assertThat(caller).isPresent();
        assertThat(caller.get().userId()).isEqualTo(me.userId());
        assertThat(caller.get().tenantId()).isEqualTo(me.tenantId());
        assertThat(apiTokens.mine()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("Label printer");
            assertThat(t.lastUsedAt()).as("use is recorded").isNotNull();
        });

        apiTokens.revoke(created.id());
        assertThat(signIn.withApiToken(created.token())).as("a revoked token signs in nobody").isEmpty();
        assertThat(signIn.withApiToken(created.token().substring(0, 46) + "x")).isEmpty();
    }
}
