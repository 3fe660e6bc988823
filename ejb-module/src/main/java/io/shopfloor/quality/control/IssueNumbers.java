package io.shopfloor.quality.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Hands out Q-000001, Q-000002, … per organization from the database's locked counter. */
@Dependent
public class IssueNumbers {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    public String next() {
        Number value = (Number) em.createNativeQuery("SELECT shopfloor.next_counter_value('issues')").getSingleResult();
        return String.format("Q-%06d", value.longValue());
    }
}
