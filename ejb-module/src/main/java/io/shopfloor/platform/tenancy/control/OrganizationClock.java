package io.shopfloor.platform.tenancy.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one owner of the organization's "now" and "today": its time zone (tenants.timezone), read in
 * the current transaction, so a background job that works for several organizations in a row
 * gets each one's. Days, weeks, "overdue" and "due soon" are the organization's, not the server's.
 */
@ApplicationScoped
public class OrganizationClock {

    /** The bound organization's time zone name (public for the benchmarks, which run the dashboard's queries). */
    public static final String ZONE_QUERY = "SELECT t.timezone FROM shopfloor.tenants t WHERE t.id = shopfloor.current_tenant_id()";

    private static final ZoneId FALLBACK = ZoneId.of("UTC");

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    /** The bound organization's time zone; UTC when it names none Java knows (or none is bound). */
    public ZoneId zone() {
        List<?> rows = em.createNativeQuery(ZONE_QUERY).getResultList();
        return rows.isEmpty() ? FALLBACK : zoneOf((String) rows.get(0));
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** Now, with the organization's offset (what screens and the API show). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(zone());
    }

    /** The zone a stored name stands for, UTC for one Java does not know. */
    public static ZoneId zoneOf(String name) {
        try {
            return name == null ? FALLBACK : ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return FALLBACK;
        }
    }
}
