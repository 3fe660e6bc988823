package io.shopfloor.web.screens.orders;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.OrderPriority;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderView;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.orders.entity.StatusChangeView;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.common.CustomFieldForm;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.RecordPage;

/** Create an order, or edit one and move it along its workflow. */
@Named
@ViewScoped
public class EditOrder implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("customerId", "order:customer"), Map.entry("priority", "order:priority"), Map.entry("dueDate", "order:dueDate"),
            Map.entry("notes", "order:notes"), Map.entry("productId", "order:product"), Map.entry("optionId", "order:option"),
            Map.entry("customizations", "order:customizations"), Map.entry("internalNotes", "order:internalNotes"),
            Map.entry("status", "statusForm:nextStatus"), Map.entry("reason", "statusForm:reason"));

    @EJB
    Orders orders;

    @EJB
    Customers customers;

    @EJB
    CustomFields fields;

    @EJB
    Products products;

    @Inject
    Me me;

    private String id;
    private OrderView order;

    @NotNull(message = "{shopfloor.chooseCustomer}")
    private CustomerView customer;
    private OrderPriority priority = OrderPriority.STANDARD;
    private LocalDate dueDate;
    private String notes;
    private String productId;
    private String optionId;
    private String customizations;
    private String internalNotes;
    private List<ProductView> offered;

    private CustomFieldForm customFields;

    private OrderStatus nextStatus;
    private String reason;

    /** Runs on page load: an id opens that order; none starts a new one. */
    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            return;
        }
        RecordPage.load("notFound.order", () -> show(orders.find(RecordPage.id(id))));
    }

    public List<CustomerView> completeCustomer(String query) {
        return customers.list(query, PageRequest.first(15)).items();
    }

    public String save() {
        try {
            OrderDraft draft = new OrderDraft(customer == null ? null : customer.id(), priority, dueDate, notes,
                    getCustomFields().entered(), uuid(productId), uuid(optionId), CustomizationLines.parse(customizations), internalNotes);
            if (order == null) {
                OrderView created = orders.create(draft);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Texts.info("order.created", created.orderNumber());
                return "order?faces-redirect=true&id=" + created.id();
            }
            show(orders.update(order.id(), order.version(), draft));
            Texts.info("order.saved", order.orderNumber());
        } catch (RuntimeException e) {
            Map<String, String> inputs = new HashMap<>(INPUTS);
            inputs.putAll(getCustomFields().inputs("order"));
            ServiceErrors.show(e, inputs);
        }
        return null;
    }

    public void changeStatus() {
        try {
            show(orders.changeStatus(order.id(), order.version(), nextStatus, reason));
            Texts.info("order.statusNow", order.orderNumber(), order.status());
            nextStatus = null;
            reason = null;
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public List<StatusChangeView> getHistory() {
        return order == null ? List.of() : orders.history(order.id());
    }

    private void show(OrderView loaded) {
        order = loaded;
        customer = customers.find(loaded.customerId());
        priority = loaded.priority();
        dueDate = loaded.dueDate();
        notes = loaded.notes();
        productId = loaded.productId() == null ? null : loaded.productId().toString();
        optionId = loaded.optionId() == null ? null : loaded.optionId().toString();
        customizations = CustomizationLines.format(loaded.customizations());
        internalNotes = loaded.internalNotes();
        customFields = CustomFieldForm.forStored(fields.activeFields(CustomFieldEntity.ORDERS.code()), loaded.customFields());
    }

    /** The custom field inputs: the order's values, or the fields' defaults for a new order. */
    public CustomFieldForm getCustomFields() {
        if (customFields == null) {
            customFields = CustomFieldForm.forNew(fields.activeFields(CustomFieldEntity.ORDERS.code()));
        }
        return customFields;
    }


    /** The products a new order may choose (active ones), plus the order's own if it is no longer offered. */
    public List<SelectItem> getProductItems() {
        List<SelectItem> items = new ArrayList<>();
        for (ProductView product : offered()) {
            items.add(new SelectItem(product.id().toString(), product.name() + " (" + product.skuPrefix() + ")"));
        }
        if (order != null && order.productId() != null && offered().stream().noneMatch(p -> p.id().equals(order.productId()))) {
            items.add(new SelectItem(order.productId().toString(), order.productName() + " (no longer offered)"));
        }
        return items;
    }

    /** The active options of the chosen product, plus the order's own if it is no longer offered. */
    public List<SelectItem> getOptionItems() {
        List<SelectItem> items = new ArrayList<>();
        UUID chosen = uuidOrNull(productId);
        if (chosen == null) {
            return items;
        }
        offered().stream().filter(p -> p.id().equals(chosen)).findFirst().ifPresent(product ->
                product.activeOptions().forEach(o -> items.add(new SelectItem(o.id().toString(), o.name()))));
        if (order != null && chosen.equals(order.productId()) && order.optionId() != null
                && items.stream().noneMatch(i -> i.getValue().equals(order.optionId().toString()))) {
            items.add(new SelectItem(order.optionId().toString(), order.optionName() + " (no longer offered)"));
        }
        return items;
    }

    /** A new product has other options: the chosen one no longer applies. */
    public void productChanged() {
        optionId = null;
    }

    private List<ProductView> offered() {
        if (offered == null) {
            // Roles without products:read still see the order's own product (it is part of the order).
            offered = me.can("products:read") ? products.active() : List.of();
        }
        return offered;
    }

    private static UUID uuid(String value) {
        UUID id = uuidOrNull(value);
        if (value != null && !value.isBlank() && id == null) {
            throw InvalidInputException.of("productId", "input.chooseProduct");
        }
        return id;
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isNew() {
        return order == null;
    }

    public OrderStatus[] getNextStatuses() {
        return order == null ? new OrderStatus[0] : order.status().next().toArray(OrderStatus[]::new);
    }

    public OrderPriority[] getPriorities() {
        return OrderPriority.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrderView getOrder() {
        return order;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
    }

    public OrderPriority getPriority() {
        return priority;
    }

    public void setPriority(OrderPriority priority) {
        this.priority = priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId;
    }

    public String getOptionId() {
        return optionId;
    }

    public void setOptionId(String optionId) {
        this.optionId = optionId;
    }

    public String getCustomizations() {
        return customizations;
    }

    public void setCustomizations(String customizations) {
        this.customizations = customizations;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes;
    }

    public OrderStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(OrderStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
