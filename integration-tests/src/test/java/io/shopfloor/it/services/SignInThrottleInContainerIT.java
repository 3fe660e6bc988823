package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.platform.security.boundary.PasswordSignIn;
import io.shopfloor.platform.security.boundary.SignIn;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.UserView;

/** Guessing a password backs off on Payara Server: the right password waits too, but only at the guesser's address. */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleInContainerIT {

    private static final String ORG = TestOrganizations.ACME;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    SignIn signIn;

    @Inject
    Users users;

    @Test
    void fiveWrongPasswordsMakeTheRightOneWaitAtThatAddressOnly() {
        Callers.signInAs("admin", ORG);
        UUID worker = users.roles().stream().filter(r -> r.name().equals("worker")).findFirst().orElseThrow().id();
        UserView target = users.create(new NewUser("guessed-" + UUID.randomUUID().toString().substring(0, 8) + "@" + ORG + ".example",
                "Gus Guessed", TestOrganizations.PASSWORD, List.of(worker)));
        String guesser = "203.0.113." + (1 + (int) (Math.random() * 200));

        for (int i = 0; i < 5; i++) {
            assertThat(signIn.withPassword(ORG, target.email(), ("guess-" + i).toCharArray(), guesser).outcome())
                    .isEqualTo(PasswordSignIn.Outcome.REFUSED);
        }
        PasswordSignIn right = signIn.withPassword(ORG, target.email(), TestOrganizations.PASSWORD.toCharArray(), guesser);
        assertThat(right.outcome()).as("the right password from the guessing address waits").isEqualTo(PasswordSignIn.Outcome.THROTTLED);
        assertThat(right.retryAfterSeconds()).isBetween(1, 30);
        assertThat(signIn.withPassword(ORG, target.email(), TestOrganizations.PASSWORD.toCharArray(), "198.51.100.33").succeeded())
                .as("the user at their own address is not locked out").isTrue();

        String nobody = "nobody-" + UUID.randomUUID() + "@" + ORG + ".example";
        for (int i = 0; i < 5; i++) {
            signIn.withPassword(ORG, nobody, "guess".toCharArray(), guesser);
        }
        assertThat(signIn.withPassword(ORG, nobody, "guess".toCharArray(), guesser).outcome())
                .as("an unknown account answers alike").isEqualTo(PasswordSignIn.Outcome.THROTTLED);
    }
}
