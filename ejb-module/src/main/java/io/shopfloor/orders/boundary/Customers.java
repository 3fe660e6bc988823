package io.shopfloor.orders.boundary;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.orders.entity.Customer;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.SearchText;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.TenantSession;

/** The caller's tenant's customers. */
@Stateless
public class Customers {

    private static final String WHERE_SEARCH = " WHERE LOWER(c.name) LIKE :p ESCAPE '\\' OR LOWER(c.email) LIKE :p ESCAPE '\\'";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    InputValidation validation;

    @Inject
    CustomFieldValidation customFields;

    @RequiresPermission("customers:read")
    public CustomerView find(UUID id) {
        return view(load(id));
    }

    /** Customers whose name or e-mail contains {@code text}, by name. */
    @RequiresPermission("customers:read")
    public Page<CustomerView> list(String text, PageRequest page) {
        Set<String> shown = customFields.activeKeys(CustomFieldEntity.CUSTOMERS);
        String pattern = SearchText.containsPattern(text);
        String where = pattern == null ? "" : WHERE_SEARCH;
        String order = "email".equals(page.sortBy()) ? "LOWER(c.email)" : "createdAt".equals(page.sortBy()) ? "c.createdAt" : "LOWER(c.name)";
        TypedQuery<Customer> query = em.createQuery("SELECT c FROM Customer c" + where + " ORDER BY " + order
                + (page.descending() ? " DESC" : " ASC") + ", c.id", Customer.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Customer c" + where, Long.class);
        if (pattern != null) {
            query.setParameter("p", pattern);
            count.setParameter("p", pattern);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream().map(c -> c.view(CustomFieldValidation.visible(shown, c.getCustomFields()))).toList(),
                count.getSingleResult(), page.offset(), page.limit());
    }

    @RequiresPermission("customers:read")
    public long count(String text) {
        String pattern = SearchText.containsPattern(text);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Customer c" + (pattern == null ? "" : WHERE_SEARCH), Long.class);
        if (pattern != null) {
            count.setParameter("p", pattern);
        }
        return count.getSingleResult();
    }

    @RequiresPermission("customers:write")
    public CustomerView create(CustomerDraft draft) {
        validation.check(draft);
        Customer customer = new Customer(TenantSession.current(transactions).orElseThrow().tenantId(),
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
            throw new ConcurrentEditException("This customer");
        }
        customer.apply(draft.withCustomFields(customFields.check(CustomFieldEntity.CUSTOMERS, draft.customFieldsOrEmpty(), customer.getCustomFields())));
        em.flush();
        em.refresh(customer);
        return view(customer);
    }

    Customer load(UUID id) {
        Customer customer = id == null ? null : em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }

    private CustomerView view(Customer customer) {
        return customer.view(customFields.visible(CustomFieldEntity.CUSTOMERS, customer.getCustomFields()));
    }
}
