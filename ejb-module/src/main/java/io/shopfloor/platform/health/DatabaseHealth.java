package io.shopfloor.platform.health;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether the database answers, for the readiness probe. Reads no tenant data. */
@Stateless
@PermitAll
public class DatabaseHealth {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    public boolean ping() {
        return ((Number) em.createNativeQuery("SELECT 1").getSingleResult()).intValue() == 1;
    }
}
