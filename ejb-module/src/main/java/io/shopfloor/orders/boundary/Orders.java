package io.shopfloor.orders.boundary;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.orders.control.Customizations;
import io.shopfloor.orders.control.OrderNumbers;
import io.shopfloor.orders.control.OrderQueries;
import io.shopfloor.orders.control.OrderStatusHistory;
import io.shopfloor.orders.entity.Customer;
import io.shopfloor.orders.entity.Order;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.orders.entity.OrderView;
import io.shopfloor.orders.entity.Product;
import io.shopfloor.orders.entity.ProductOption;
import io.shopfloor.orders.entity.StatusChangeView;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.CappedCount;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.CallerIdentity;
import io.shopfloor.production.entity.BatchOrder;

/** The caller's tenant's orders and their status workflow. */
@Stateless
public class Orders {

    /** Who may read and write an order's internal notes (others see none and cannot set them). */
    public static final String INTERNAL_NOTES = "orders:internal";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


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

    /**
     * A page of orders and the number matching the filter, counted exactly up to
     * {@link PageRequest#countCap()}: an organization's orders run to hundreds of thousands, too many
     * to count on every page.
     */
    @RequiresPermission("orders:read")
    public Page<OrderSummary> list(OrderFilter filter, PageRequest page) {
        long total = queries.countUpTo(filter, page.countCap());
        return CappedCount.page(queries.page(filter, page), total, page);
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
        requireProductAndOption(draft, null);
        Map<String, Object> customizations = Customizations.check(draft.customizationsOrEmpty());
        boolean internal = mayUseInternalNotes();
        requireInternalNotesAllowed(draft, internal);
        CallerIdentity caller = this.caller.identity();
        Order order = new Order(caller.tenantId(), numbers.next(),
                checked(draft.withCustomFields(customFields.check(CustomFieldEntity.ORDERS, draft.customFieldsOrEmpty())), customizations));
        if (internal) {
            order.setInternalNotes(draft.internalNotes());
        }
        em.persist(order);
        OrderStatusHistory.created(em, order, caller.userId());
        em.flush();
        em.refresh(order);
        return view(order);
    }

    @RequiresPermission("orders:write")
    public OrderView update(UUID id, long expectedVersion, OrderDraft draft) {
        validation.check(draft);
        Order order = loadVersion(id, expectedVersion);
        requireCustomer(draft.customerId());
        requireProductAndOption(draft, order);
        Map<String, Object> customizations = Customizations.check(draft.customizationsOrEmpty());
        boolean internal = mayUseInternalNotes();
        requireInternalNotesAllowed(draft, internal);
        order.apply(checked(draft.withCustomFields(customFields.check(CustomFieldEntity.ORDERS, draft.customFieldsOrEmpty(), order.getCustomFields())),
                customizations));
        if (internal) {
            order.setInternalNotes(draft.internalNotes());
        }
        return flushAndView(order);
    }

    /** Moves an order to {@code target}, recording who, when and why in its history. */
    @RequiresPermission("orders:write")
    public OrderView changeStatus(UUID id, long expectedVersion, OrderStatus target, String reason) {
        if (target == null) {
            throw InvalidInputException.of("status", "input.required");
        }
        if (reason != null && reason.length() > 2000) {
            throw InvalidInputException.of("reason", "input.atMostCharacters", 2000);
        }
        Order order = loadVersion(id, expectedVersion);
        if (target == OrderStatus.PENDING) {
            requireNotInOpenBatch(order);
        }
        OrderStatusHistory.change(em, order, target, caller.userId(), reason);
        return flushAndView(order);
    }

    @RequiresPermission("orders:read")
    public List<StatusChangeView> history(UUID id) {
        load(id);
        return em.createQuery("SELECT NEW io.shopfloor.orders.entity.StatusChangeView(h.oldStatus, h.newStatus, h.changedBy, u.displayName,"
                        + " h.cause, b.batchNumber, h.reason, h.changedAt)"
                        + " FROM OrderStatusChange h LEFT JOIN User u ON u.id = h.changedBy LEFT JOIN Batch b ON b.id = h.batchId WHERE h.orderId = :id ORDER BY h.changedAt, h.id",
                        StatusChangeView.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Pending means "waiting for a batch": an order in an incomplete batch leaves it through the batch. */
    private void requireNotInOpenBatch(Order order) {
        BatchOrder.openBatchNumber(em, order.getId()).ifPresent(batch -> {
            throw new BusinessRuleException("orders.inBatch", order.getOrderNumber(), batch);
        });
    }

    private Order load(UUID id) {
        return Records.require(em, Order.class, id, "record.order");
    }

    private Order loadVersion(UUID id, long expectedVersion) {
        Order order = load(id);
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("orders.orderNumbered", order.getOrderNumber());
        }
        return order;
    }

    private void requireCustomer(UUID customerId) {
        if (em.find(Customer.class, customerId) == null) {
            throw InvalidInputException.of("customerId", "orders.notACustomer");
        }
    }

    private static OrderDraft checked(OrderDraft draft, Map<String, Object> customizations) {
        return new OrderDraft(draft.customerId(), draft.priority(), draft.dueDate(), draft.notes(), draft.customFields(),
                draft.productId(), draft.optionId(), customizations, draft.internalNotes());
    }

    /**
     * The product must be one of the organization's and offered (active), the option one of that
     * product's active options; an order keeps a product or option that was deactivated after it
     * was chosen. The database holds the same rule (a foreign key over tenant, product and option);
     * this check is here for the message.
     */
    private void requireProductAndOption(OrderDraft draft, Order existing) {
        if (draft.productId() == null) {
            if (draft.optionId() != null) {
                throw InvalidInputException.of("optionId", "orders.productFirst");
            }
            return;
        }
        Product product = em.find(Product.class, draft.productId());
        if (product == null) {
            throw InvalidInputException.of("productId", "orders.notAProduct");
        }
        boolean keepsProduct = existing != null && draft.productId().equals(existing.getProductId());
        if (!product.isActive() && !keepsProduct) {
            throw InvalidInputException.of("productId", "orders.productNotOffered", product.getName());
        }
        List<ProductOption> options = em.createQuery("SELECT o FROM ProductOption o WHERE o.productId = :product ORDER BY o.position, LOWER(o.name), o.id",
                        ProductOption.class)
                .setParameter("product", product.getId()).getResultList();
        String offered = options.stream().filter(ProductOption::isActive).map(ProductOption::getName).collect(Collectors.joining(", "));
        if (draft.optionId() == null) {
            if (!offered.isEmpty()) {
                throw InvalidInputException.of("optionId", "orders.chooseOption", product.getName(), offered);
            }
            return;
        }
        ProductOption option = options.stream().filter(o -> o.getId().equals(draft.optionId())).findFirst().orElse(null);
        boolean keepsOption = keepsProduct && draft.optionId().equals(existing.getOptionId());
        if (option == null || !option.isActive() && !keepsOption) {
            Message choices = offered.isEmpty() ? Message.of("orders.noneOffered") : Message.of("input.asWritten", offered);
            throw option != null ? InvalidInputException.of("optionId", "orders.optionNoLongerOffered", option.getName(), product.getName(), choices)
                    : InvalidInputException.of("optionId", "orders.notAnOption", product.getName(), choices);
        }
    }

    private boolean mayUseInternalNotes() {
        return caller.can(INTERNAL_NOTES);
    }

    private static void requireInternalNotesAllowed(OrderDraft draft, boolean internal) {
        if (!internal && draft.internalNotes() != null && !draft.internalNotes().isBlank()) {
            throw InvalidInputException.of("internalNotes", "orders.internalNotesNotAllowed", INTERNAL_NOTES);
        }
    }

    private OrderView flushAndView(Order order) {
        em.flush();
        em.refresh(order);
        return view(order);
    }

    private OrderView view(Order order) {
        // The customer's, product's and option's names in one statement, not one look-up each.
        Object[] names = em.createQuery("SELECT c.name, p.name, op.name FROM SalesOrder o"
                        + " LEFT JOIN Customer c ON c.id = o.customerId LEFT JOIN Product p ON p.id = o.productId"
                        + " LEFT JOIN ProductOption op ON op.id = o.optionId WHERE o.id = :id", Object[].class)
                .setParameter("id", order.getId())
                .getSingleResult();
        return new OrderView(order.getId(), order.getOrderNumber(), order.getCustomerId(), (String) names[0], order.getStatus(),
                order.getPriority(), order.getDueDate(), order.getNotes(), customFields.visible(CustomFieldEntity.ORDERS, order.getCustomFields()), order.getCreatedAt(),
                order.getUpdatedAt(), order.getVersion(),
                order.getProductId(), (String) names[1],
                order.getOptionId(), (String) names[2],
                order.getCustomizations(), mayUseInternalNotes() ? order.getInternalNotes() : null);
    }
}
