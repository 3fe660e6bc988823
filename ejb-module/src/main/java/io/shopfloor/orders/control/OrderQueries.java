package io.shopfloor.orders.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.SearchText;

/** The orders list: one query for a page's rows (with the customer's name) and one to count. */
@Dependent
public class OrderQueries {

    /** List columns a caller may sort by, and the JPQL each stands for. */
    private static final Map<String, String> SORTABLE = Map.of(
            "orderNumber", "o.orderNumber",
            "customerName", "LOWER(c.name)",
            "status", "o.status",
            "priority", "o.priority",
            "dueDate", "o.dueDate",
            "createdAt", "o.createdAt");

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    public List<OrderSummary> page(OrderFilter filter, PageRequest page) {
        Where where = new Where(filter == null ? OrderFilter.none() : filter);
        boolean known = page.sortBy() != null && SORTABLE.containsKey(page.sortBy());
        String sort = known ? SORTABLE.get(page.sortBy()) : "o.createdAt";
        boolean descending = !known || page.descending();
        TypedQuery<OrderSummary> query = em.createQuery("SELECT NEW io.shopfloor.orders.entity.OrderSummary("
                + "o.id, o.orderNumber, c.id, c.name, o.status, o.priority, o.dueDate, o.createdAt, o.version)" + where.from
                + " ORDER BY " + sort + (descending ? " DESC" : " ASC") + ", o.id", OrderSummary.class);
        return where.bind(query).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    public long count(OrderFilter filter) {
        Where where = new Where(filter == null ? OrderFilter.none() : filter);
        return where.bind(em.createQuery("SELECT COUNT(o)" + where.from, Long.class)).getSingleResult();
    }

    /** FROM and WHERE of both queries, with only the conditions the filter sets, all bound. */
    private static final class Where {
        private final OrderFilter f;
        private final String text;
        private final String from;

        Where(OrderFilter f) {
            this.f = f;
            this.text = SearchText.containsPattern(f.text());
            List<String> conditions = new ArrayList<>();
            if (f.status() != null) {
                conditions.add("o.status = :status");
            }
            if (f.priority() != null) {
                conditions.add("o.priority = :priority");
            }
            if (f.customerId() != null) {
                conditions.add("o.customerId = :customerId");
            }
            if (f.dueFrom() != null) {
                conditions.add("o.dueDate >= :dueFrom");
            }
            if (f.dueTo() != null) {
                conditions.add("o.dueDate <= :dueTo");
            }
            if (text != null) {
                conditions.add("(LOWER(o.orderNumber) LIKE :text ESCAPE '\\' OR LOWER(c.name) LIKE :text ESCAPE '\\')");
            }
            this.from = " FROM SalesOrder o JOIN Customer c ON c.id = o.customerId"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (f.status() != null) {
                query.setParameter("status", f.status());
            }
            if (f.priority() != null) {
                query.setParameter("priority", f.priority());
            }
            if (f.customerId() != null) {
                query.setParameter("customerId", f.customerId());
            }
            if (f.dueFrom() != null) {
                query.setParameter("dueFrom", f.dueFrom());
            }
            if (f.dueTo() != null) {
                query.setParameter("dueTo", f.dueTo());
            }
            if (text != null) {
                query.setParameter("text", text);
            }
            return query;
        }
    }
}
