package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.platform.security.boundary.CurrentUser;

/**
 * The one background-work mechanism on Payara Server, with two runners polling (the EAR's and this
 * deployment's, as two nodes would): a job runs once, as its organization and requesting user, and
 * a failing job is tried again later with its error kept.
 */
@ExtendWith(ArquillianExtension.class)
class JobsInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    ItJobs jobs;

    @Inject
    CurrentUser currentUser;

    @Test
    void aQueuedJobRunsOnceAsItsOrganizationAndUser() throws InterruptedException {
        Callers.signInAs("manager", TestOrganizations.ACME);
        var me = currentUser.me();
        UUID id = jobs.queue(ItJobs.WHO_AM_I);
        String state = await(id, s -> s.startsWith("done|"));
        assertThat(state).startsWith("done|1|").contains("\"tenant\": \"" + me.tenantId() + "\"").contains("\"user\": \"" + me.userId() + "\"")
                .contains("\"othersSeen\": 0");
    }

    @Test
    void aFailingJobKeepsItsErrorAndWaitsForItsNextAttempt() throws InterruptedException {
        Callers.signInAs("manager", TestOrganizations.GLOBEX);
        UUID id = jobs.queue(ItJobs.ALWAYS_FAILS);
        String state = await(id, s -> s.contains("always fails"));
        assertThat(state).startsWith("queued|1|").contains("IllegalStateException: this kind of job always fails");
    }

    private String await(UUID id, Predicate<String> done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String state = jobs.state(id);
        while (!done.test(state) && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            state = jobs.state(id);
        }
        return state;
    }
}
