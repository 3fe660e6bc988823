package io.shopfloor.orders.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.orders.entity.Customer;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.platform.customfields.control.CustomFieldQueries;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.query.CappedCount;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.query.SearchText;
import io.shopfloor.platform.security.control.RequiresPermission;

/** The caller's tenant's customers. */
@Stateless
public class Customers {

    private static final String SEARCH = SearchText.matches("c.name", "p") + " OR " + SearchText.matches("c.email", "p");

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @Inject
    InputValidation validation;

    @Inject
    CustomFieldValidation customFields;

    @Inject
    CustomFieldQueries queries;

    @RequiresPermission("customers:read")
    public CustomerView find(UUID id) {
        return view(load(id));
    }

    /** Customers whose name or e-mail contains {@code text}, by name. */
    @RequiresPermission("customers:read")
    public Page<CustomerView> list(String text, PageRequest page) {
        return list(text, Map.of(), page);
    }

    /**
     * Customers whose name or e-mail contains {@code text} and whose custom fields have the given
     * values (key to value), sorted by name unless the page names email, createdAt or cf.&lt;key&gt;.
     */
    @RequiresPermission("customers:read")
    public Page<CustomerView> list(String text, Map<String, String> customFieldValues, PageRequest page) {
        Set<String> shown = customFields.activeKeys(CustomFieldEntity.CUSTOMERS);
        Where where = where(text, customFieldValues);
        Optional<CustomFieldQueries.Sort> customSort = queries.sort(CustomFieldEntity.CUSTOMERS, "c", page.sortBy());
        String order = customSort.map(CustomFieldQueries.Sort::jpql)
                .orElse("email".equals(page.sortBy()) ? "LOWER(c.email)" : "createdAt".equals(page.sortBy()) ? "c.createdAt" : "LOWER(c.name)");
        TypedQuery<Customer> query = where.bind(em.createQuery("SELECT c FROM Customer c" + where.jpql + " ORDER BY " + order
                + (page.descending() ? " DESC" : " ASC") + ", c.id", Customer.class));
        customSort.ifPresent(custom -> custom.bind(query));
        List<CustomerView> views = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(c -> c.view(CustomFieldValidation.visible(shown, c.getCustomFields()))).toList();
        long total = CappedCount.upTo(where.bind(em.createQuery("SELECT c.id FROM Customer c" + where.jpql, UUID.class)), page.countCap(),
                () -> where.bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + where.jpql, Long.class)).getSingleResult());
        return CappedCount.page(views, total, page);
    }

    @RequiresPermission("customers:read")
    public long count(String text) {
        return count(text, Map.of());
    }

    @RequiresPermission("customers:read")
    public long count(String text, Map<String, String> customFieldValues) {
        Where where = where(text, customFieldValues);
        return where.bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + where.jpql, Long.class)).getSingleResult();
    }

    private Where where(String text, Map<String, String> customFieldValues) {
        return new Where(SearchText.containsPattern(text), queries.filters(CustomFieldEntity.CUSTOMERS, "c.id", customFieldValues));
    }

    /** The WHERE clause of a list and its count: the search and the custom field filters, all bound. */
    private record Where(String pattern, CustomFieldQueries.Conditions custom, String jpql) {

        Where(String pattern, CustomFieldQueries.Conditions custom) {
            this(pattern, custom, jpql(pattern, custom));
        }

        private static String jpql(String pattern, CustomFieldQueries.Conditions custom) {
            List<String> conditions = new ArrayList<>();
            if (pattern != null) {
                conditions.add("(" + SEARCH + ")");
            }
            conditions.addAll(custom.jpql());
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (pattern != null) {
                query.setParameter("p", pattern);
            }
            return custom.bind(query);
        }
    }

    @RequiresPermission("customers:write")
    public CustomerView create(CustomerDraft draft) {
        validation.check(draft);
        Customer customer = new Customer(caller.tenantId(),
                draft.withCustomFields(customFields.check(CustomFieldEntity.CUSTOMERS, draft.customFieldsOrEmpty())));
        em.persist(customer);
        em.flush();
        em.refresh(customer);
        return view(customer);
    }

    @RequiresPermission("customers:write")
    public CustomerView update(UUID id, long expectedVersion, CustomerDraft draft) {
        validation.check(draft);
        Customer customer = load(id);
        if (customer.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("customers.this");
        }
        customer.apply(draft.withCustomFields(customFields.check(CustomFieldEntity.CUSTOMERS, draft.customFieldsOrEmpty(), customer.getCustomFields())));
        em.flush();
        em.refresh(customer);
        return view(customer);
    }

    Customer load(UUID id) {
        return Records.require(em, Customer.class, id, "record.customer");
    }

    private CustomerView view(Customer customer) {
        return customer.view(customFields.visible(CustomFieldEntity.CUSTOMERS, customer.getCustomFields()));
    }
}
