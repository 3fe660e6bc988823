package io.shopfloor.orders.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.platform.customfields.control.CustomFieldQueries;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.query.CappedCount;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.SearchText;

/**
 * The orders list: one query for a page's rows (with the customer's and product's names) and one to count;
 * filters and sorts by custom fields come from {@link CustomFieldQueries}.
 */
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

    /** Sorts whose ties are broken by the due date, then the id. */
    private static final Set<String> BY_DUE_DATE_WITHIN = Set.of("status", "priority");

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    CustomFieldQueries customFields;

    @Inject
    CustomFieldValidation validation;

    public List<OrderSummary> page(OrderFilter filter, PageRequest page) {
        Where where = where(filter);
        Optional<CustomFieldQueries.Sort> customSort = customFields.sort(CustomFieldEntity.ORDERS, "o", page.sortBy());
        boolean known = customSort.isPresent() || page.sortBy() != null && SORTABLE.containsKey(page.sortBy());
        String sort = customSort.map(CustomFieldQueries.Sort::jpql)
                .orElse(known ? SORTABLE.get(page.sortBy()) : "o.createdAt");
        boolean descending = !known || page.descending();
        // Status and priority hold few values: within each, by due date, so the (tenant, status or
        // priority, due date) index gives the order instead of a sort of every matching order.
        if (customSort.isEmpty() && page.sortBy() != null && BY_DUE_DATE_WITHIN.contains(page.sortBy())) {
            sort = sort + (descending ? " DESC" : " ASC") + ", o.dueDate";
        }
        TypedQuery<OrderSummary> query = em.createQuery("SELECT NEW io.shopfloor.orders.entity.OrderSummary("
                + "o.id, o.orderNumber, c.id, c.name, o.status, o.priority, o.dueDate, o.createdAt, o.version, o.customFields, p.name)"
                + where.from + " ORDER BY " + sort + (descending ? " DESC" : " ASC") + ", o.id", OrderSummary.class);
        customSort.ifPresent(custom -> custom.bind(query));
        List<OrderSummary> rows = where.bind(query).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Set<String> shown = validation.activeKeys(CustomFieldEntity.ORDERS);
        return rows.stream().map(o -> new OrderSummary(o.id(), o.orderNumber(), o.customerId(), o.customerName(), o.status(),
                o.priority(), o.dueDate(), o.createdAt(), o.version(), CustomFieldValidation.visible(shown, o.customFields()),
                o.productName())).toList();
    }

    public long count(OrderFilter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("SELECT COUNT(o)" + where.countFrom, Long.class)).getSingleResult();
    }

    /**
     * The number of matching orders if it is below {@code cap}, otherwise {@code cap}. Looks for a
     * row at position {@code cap} first (an index walk of at most {@code cap} entries), and counts
     * only when there is none.
     */
    public long countUpTo(OrderFilter filter, int cap) {
        Where where = where(filter);
        return CappedCount.upTo(where.bind(em.createQuery("SELECT o.id" + where.countFrom, UUID.class)), cap, () -> count(filter));
    }

    private Where where(OrderFilter filter) {
        OrderFilter f = filter == null ? OrderFilter.none() : filter;
        return new Where(f, customFields.filters(CustomFieldEntity.ORDERS, "o.id", f.customFields()));
    }

    /** FROM and WHERE of both queries, with only the conditions the filter sets, all bound. */
    private static final class Where {
        private final OrderFilter f;
        private final String text;
        private final String from;
        /** The count joins the customer only when the text search needs its name: the join costs a pass over every order. */
        private final String countFrom;
        private final CustomFieldQueries.Conditions custom;

        Where(OrderFilter f, CustomFieldQueries.Conditions custom) {
            this.f = f;
            this.custom = custom;
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
                conditions.add("(" + SearchText.matches("o.orderNumber", "text") + " OR " + SearchText.matches("c.name", "text") + ")");
            }
            conditions.addAll(custom.jpql());
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            // LEFT JOIN, though every order has a customer: under row level security the planner takes
            // an inner join to keep only 1/organizations of the orders, and then sorts them all
            // rather than walking the due date index to the page.
            this.from = " FROM SalesOrder o LEFT JOIN Customer c ON c.id = o.customerId LEFT JOIN Product p ON p.id = o.productId" + where;
            this.countFrom = (text == null ? " FROM SalesOrder o" : " FROM SalesOrder o JOIN Customer c ON c.id = o.customerId") + where;
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
            return custom.bind(query);
        }
    }
}
