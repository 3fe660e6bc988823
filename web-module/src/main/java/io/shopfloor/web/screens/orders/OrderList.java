package io.shopfloor.web.screens.orders;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderPriority;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.platform.query.PageRequest;

/** The orders list: pages, sorting and filtering all happen in the database. */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Orders orders;

    private OrderStatus status;
    private OrderPriority priority;
    private String text;
    private LocalDate dueFrom;
    private LocalDate dueTo;

    private final LazyDataModel<OrderSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, orders.count(filter()));
        }

        @Override
        public List<OrderSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest page = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() == SortOrder.DESCENDING);
            return orders.page(filter(), page);
        }

        @Override
        public String getRowKey(OrderSummary order) {
            return order.id().toString();
        }
    };

    OrderFilter filter() {
        return new OrderFilter(status, priority, null, dueFrom, dueTo, text);
    }

    public LazyDataModel<OrderSummary> getModel() {
        return model;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public OrderPriority[] getPriorities() {
        return OrderPriority.values();
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public OrderPriority getPriority() {
        return priority;
    }

    public void setPriority(OrderPriority priority) {
        this.priority = priority;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }
}
