package io.shopfloor.web.screens.batches;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.platform.query.PageRequest;

/**
 * The pending orders a batch can take, earliest due first, with a search and the orders ticked.
 * Used by the new-batch dialog and by "Add orders" on a batch.
 */
public class PendingOrders implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Orders orders;
    private String text;
    private List<OrderSummary> selected = new ArrayList<>();
    /** Rows shown so far by id, so orders ticked on another page of the table stay ticked. */
    private final Map<String, OrderSummary> shown = new HashMap<>();

    private final LazyDataModel<OrderSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, orders.count(filter()));
        }

        @Override
        public List<OrderSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<OrderSummary> rows = orders.page(filter(), new PageRequest(first, pageSize, "dueDate", false));
            rows.forEach(row -> shown.put(row.id().toString(), row));
            return rows;
        }

        @Override
        public String getRowKey(OrderSummary order) {
            return order.id().toString();
        }

        @Override
        public OrderSummary getRowData(String rowKey) {
            return shown.get(rowKey);
        }
    };

    public PendingOrders(Orders orders) {
        this.orders = orders;
    }

    private OrderFilter filter() {
        return new OrderFilter(OrderStatus.PENDING, null, null, null, null, text);
    }

    public List<UUID> selectedIds() {
        return selected.stream().map(OrderSummary::id).toList();
    }

    public LazyDataModel<OrderSummary> getModel() {
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
