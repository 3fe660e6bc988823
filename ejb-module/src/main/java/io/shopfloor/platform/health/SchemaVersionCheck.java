package io.shopfloor.platform.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.security.control.RequiresPermission;

/**
 * Refuses to start Shopfloor on a database whose schema is older than this build expects: the
 * deployment fails with a message that says which migration to run.
 */
@Singleton
@Startup
public class SchemaVersionCheck {

    private static final Logger LOG = Logger.getLogger(SchemaVersionCheck.class.getName());

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    private String installed;

    @PostConstruct
    void verify() {
        String expected = expectedVersion();
        installed = (String) em.createNativeQuery("SELECT shopfloor.installed_schema_version()").getSingleResult();
        if (installed == null || compare(installed, expected) < 0) {
            String message = "Shopfloor needs database schema version " + expected + " but the database is at "
                    + installed + ". Run the migrations of this version first (docs/operations.md, 'Upgrade'), then deploy it again.";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "Database schema version " + installed + " (this build needs " + expected + ")");
    }

    @RequiresPermission(RequiresPermission.SIGNED_IN)
    public String installedVersion() {
        return installed;
    }

    static String expectedVersion() {
        try (InputStream in = SchemaVersionCheck.class.getResourceAsStream("/META-INF/shopfloor-schema.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("schema.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares dotted numeric versions ("2" < "10", "2.1" > "2"). */
    static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
