package io.shopfloor.web.health;

import java.util.logging.Level;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @EJB
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("database").status(database.ping()).build();
        } catch (RuntimeException e) {
            // The reason goes to the server log, not to whoever can reach the public health URL.
            LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
