package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.migrations.Migrations;

/** Shopfloor built for a newer schema than the database has refuses to start, and says why. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemaBehindIT {

    private static final String BUILT_FOR_A_NEWER_SCHEMA = "built-for-a-newer-schema";

    @Deployment(name = BUILT_FOR_A_NEWER_SCHEMA, managed = false)
    static WebArchive builtForANewerSchema() {
        return ServiceDeployment.servicesExpectingSchema("999");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void theDeploymentFailsWithAMessageSayingWhatToDo() throws IOException {
        assertThatThrownBy(() -> deployer.deploy(BUILT_FOR_A_NEWER_SCHEMA))
                .hasStackTraceContaining("Initialization failed for Singleton SchemaVersionCheck");
        String log = Files.readString(TestShopfloor.get().runtime().domain().serverLog());
        assertThat(log).contains("Shopfloor needs database schema version 999 but the database is at "
                + Migrations.expectedSchemaVersion() + ". Run the migrations of this version first");
    }
}
