package io.shopfloor.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.shopfloor.platform.health.DatabaseHealth;

/** Ready only while the database answers as the application role. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("database").status(database.ping()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
