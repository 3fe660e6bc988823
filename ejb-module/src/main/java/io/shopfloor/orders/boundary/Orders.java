package io.shopfloor.orders.boundary;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.shopfloor.orders.control.OrderNumbers;
import io.shopfloor.orders.control.OrderQueries;
import io.shopfloor.orders.entity.Customer;
import io.shopfloor.orders.entity.Order;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderStatusChange;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.orders.entity.OrderView;
import io.shopfloor.orders.entity.StatusChangeView;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.platform.tenancy.control.TenantSession;

/** The caller's tenant's orders and their status workflow. */
@Stateless
public class Orders {


    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    InputValidation validation;

    @Inject
    CustomFieldValidation customFields;

    @Inject
    OrderNumbers numbers;

    @Inject
    OrderQueries queries;

    @RequiresPermission("orders:read")
    public OrderView find(UUID id) {
        return view(load(id));
    }

    /** A page of orders and the number matching the filter. */
    @RequiresPermission("orders:read")
    public Page<OrderSummary> list(OrderFilter filter, PageRequest page) {
        return new Page<>(queries.page(filter, page), queries.count(filter), page.offset(), page.limit());
    }

    /** Just the rows of a page, for lists that count separately (one count per filter change). */
    @RequiresPermission("orders:read")
    public List<OrderSummary> page(OrderFilter filter, PageRequest page) {
        return queries.page(filter, page);
    }

    @RequiresPermission("orders:read")
    public long count(OrderFilter filter) {
        return queries.count(filter);
    }

    @RequiresPermission("orders:write")
    public OrderView create(OrderDraft draft) {
        validation.check(draft);
        requireCustomer(draft.customerId());
        CallerIdentity caller = TenantSession.current(transactions).orElseThrow();
        Order order = new Order(caller.tenantId(), numbers.next(),
                draft.withCustomFields(customFields.check(CustomFieldEntity.ORDERS, draft.customFieldsOrEmpty())));
        em.persist(order);
        em.persist(new OrderStatusChange(order, null, caller.userId(), "Order created"));
        em.flush();
        em.refresh(order);
        return view(order);
    }

    @RequiresPermission("orders:write")
    public OrderView update(UUID id, long expectedVersion, OrderDraft draft) {
        validation.check(draft);
        Order order = loadVersion(id, expectedVersion);
        requireCustomer(draft.customerId());
        order.apply(draft.withCustomFields(customFields.check(CustomFieldEntity.ORDERS, draft.customFieldsOrEmpty(), order.getCustomFields())));
        return flushAndView(order);
    }

    /** Moves an order to {@code target}, recording who, when and why in its history. */
    @RequiresPermission("orders:write")
    public OrderView changeStatus(UUID id, long expectedVersion, OrderStatus target, String reason) {
        if (target == null) {
            throw InvalidInputException.of("status", "is required");
        }
        if (reason != null && reason.length() > 2000) {
            throw InvalidInputException.of("reason", "must be at most 2000 characters");
        }
        Order order = loadVersion(id, expectedVersion);
        OrderStatus previous = order.changeStatus(target);
        em.persist(new OrderStatusChange(order, previous, TenantSession.current(transactions).orElseThrow().userId(), reason));
        return flushAndView(order);
    }

    @RequiresPermission("orders:read")
    public List<StatusChangeView> history(UUID id) {
        load(id);
        return em.createQuery("SELECT NEW io.shopfloor.orders.entity.StatusChangeView(h.oldStatus, h.newStatus, h.changedBy, u.displayName, h.reason, h.changedAt)"
                        + " FROM OrderStatusChange h LEFT JOIN User u ON u.id = h.changedBy WHERE h.orderId = :id ORDER BY h.changedAt, h.id",
                        StatusChangeView.class)
                .setParameter("id", id)
                .getResultList();
    }

    private Order load(UUID id) {
        Order order = id == null ? null : em.find(Order.class, id);
        if (order == null) {
            throw new NotFoundException("Order", id);
        }
        return order;
    }

    private Order loadVersion(UUID id, long expectedVersion) {
        Order order = load(id);
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Order " + order.getOrderNumber());
        }
        return order;
    }

    private void requireCustomer(UUID customerId) {
        if (em.find(Customer.class, customerId) == null) {
            throw InvalidInputException.of("customerId", "is not a customer of this organization");
        }
    }

    private OrderView flushAndView(Order order) {
        em.flush();
        em.refresh(order);
        return view(order);
    }

    private OrderView view(Order order) {
        String customerName = em.createQuery("SELECT c.name FROM Customer c WHERE c.id = :id", String.class)
                .setParameter("id", order.getCustomerId())
                .getSingleResult();
        return new OrderView(order.getId(), order.getOrderNumber(), order.getCustomerId(), customerName, order.getStatus(),
                order.getPriority(), order.getDueDate(), order.getNotes(), customFields.visible(CustomFieldEntity.ORDERS, order.getCustomFields()), order.getCreatedAt(),
                order.getUpdatedAt(), order.getVersion());
    }
}
