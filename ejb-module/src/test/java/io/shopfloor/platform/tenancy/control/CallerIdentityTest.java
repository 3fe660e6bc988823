package io.shopfloor.platform.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CallerIdentityTest {

    @Test
    void thePrincipalNameCarriesTenantAndUserBothWays() {
        CallerIdentity cut = new CallerIdentity(UUID.randomUUID(), UUID.randomUUID());
        assertThat(CallerIdentity.parse(cut.principalName())).contains(cut);
    }

    @Test
    void anonymousAndForeignPrincipalsAreNoCaller() {
        assertThat(CallerIdentity.parse("ANONYMOUS")).isEmpty();
        assertThat(CallerIdentity.parse(null)).isEmpty();
        assertThat(CallerIdentity.parse("admin@demo.example")).isEmpty();
        assertThat(CallerIdentity.parse(UUID.randomUUID() + "/not-a-uuid-at-all-but-exactly-36-chars")).isEmpty();
    }
}
