package io.shopfloor.web.screens.orders;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.event.data.FilterEvent;
import org.primefaces.model.FilterMeta;

import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderPriority;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderSummary;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.web.common.CustomFieldColumns;
import io.shopfloor.web.common.ServiceList;

/** The orders list: pages, sorting and filtering all happen in the database. */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Orders orders;

    @EJB
    CustomFields fields;

    private CustomFieldColumns columns;

    private OrderStatus status;
    private OrderPriority priority;
    private String text;
    private LocalDate dueFrom;
    private LocalDate dueTo;

    private final ServiceList<OrderSummary> model = ServiceList.descending(
            (page, filters) -> orders.list(filter(filters), page), order -> order.id().toString());

    /** The toolbar's filters and the column filters of custom fields. */
    OrderFilter filter(Map<String, FilterMeta> filterBy) {
        return new OrderFilter(status, priority, null, dueFrom, dueTo, text, CustomFieldColumns.filters(filterBy));
    }

    /** The custom field columns: any active field of orders can be shown. */
    public CustomFieldColumns getColumns() {
        if (columns == null) {
            columns = new CustomFieldColumns(fields.activeFields(CustomFieldEntity.ORDERS.code()));
        }
        return columns;
    }

    /** A changed column filter: what the service refuses is shown on top (the table then shows no rows). */
    public void checkFilters(FilterEvent event) {
        try {
            orders.count(filter(event.getFilterBy()));
        } catch (InvalidInputException refused) {
            CustomFieldColumns.showRefused(refused);
        }
    }

    public ServiceList<OrderSummary> getModel() {
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
