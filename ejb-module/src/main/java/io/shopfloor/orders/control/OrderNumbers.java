package io.shopfloor.orders.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Hands out SO-000001, SO-000002, … per tenant from the database's locked counter. */
@Dependent
public class OrderNumbers {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    public String next() {
        Number value = (Number) em.createNativeQuery("SELECT shopfloor.next_counter_value('orders')").getSingleResult();
        return String.format("SO-%06d", value.longValue());
    }
}
