package io.shopfloor.web.screens.batches;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.common.ServiceList;

/**
 * The pending orders a batch can take, earliest due first, with a search and the orders ticked.
 * Used by the new-batch dialog and by "Add orders" on a batch.
 */
public class PendingOrders implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Where the orders come from: a lambda over the owning bean's {@code Orders}, so that what is
     * kept here is the bean (serializable, its EJB reference restored by the container), not the
     * EJB reference itself.
     */
    @FunctionalInterface
    public interface Source extends Serializable {
        Page<OrderSummary> list(OrderFilter filter, PageRequest page);
    }

    private final Source orders;
    private String text;
    private List<OrderSummary> selected = new ArrayList<>();

    private final ServiceList<OrderSummary> model;

    public PendingOrders(Source orders) {
        this.orders = orders;
        // Soonest due first, whatever the table asks.
        this.model = ServiceList.of((page, filters) -> this.orders.list(filter(), new PageRequest(page.offset(), page.limit(), "dueDate", false)),
                order -> order.id().toString());
    }

    private OrderFilter filter() {
        return new OrderFilter(OrderStatus.PENDING, null, null, null, null, text);
    }

    public List<UUID> selectedIds() {
        return selected.stream().map(OrderSummary::id).toList();
    }

    public ServiceList<OrderSummary> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<OrderSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<OrderSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
