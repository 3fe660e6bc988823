package io.shopfloor.web.screens.orders;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.customfields.entity.FieldView;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.common.ServiceErrors;

/** The orders list: pages, sorting and filtering all happen in the database. */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CUSTOM_FIELD = "cf.";

    /** Custom field columns shown until the user chooses. */
    private static final int DEFAULT_CUSTOM_COLUMNS = 3;

    @EJB
    Orders orders;

    @EJB
    CustomFields fields;

    private List<FieldView> customFields;
    private List<String> shownKeys;

    private OrderStatus status;
    private OrderPriority priority;
    private String text;
    private LocalDate dueFrom;
    private LocalDate dueTo;

    private final LazyDataModel<OrderSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, orders.count(filter(filterBy)));
            } catch (InvalidInputException badFilter) {
                return 0;
            }
        }

        @Override
        public List<OrderSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest page = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() == SortOrder.DESCENDING);
            try {
                return orders.page(filter(filterBy), page);
            } catch (InvalidInputException badFilter) {
                ServiceErrors.show(badFilter, Map.of());
                return List.of();
            }
        }

        @Override
        public String getRowKey(OrderSummary order) {
            return order.id().toString();
        }
    };

    /** The toolbar's filters and the column filters of custom fields (fields named cf.key). */
    OrderFilter filter(Map<String, FilterMeta> filterBy) {
        Map<String, String> byCustomField = new LinkedHashMap<>();
        filterBy.values().forEach(meta -> {
            Object value = meta.getFilterValue();
            if (meta.getField() != null && meta.getField().startsWith(CUSTOM_FIELD) && value != null && !value.toString().isBlank()) {
                byCustomField.put(meta.getField().substring(CUSTOM_FIELD.length()), value.toString());
            }
        });
        return new OrderFilter(status, priority, null, dueFrom, dueTo, text, byCustomField);
    }

    /** The orders' active custom fields, any of which the list can show as a column. */
    public List<FieldView> getCustomFields() {
        if (customFields == null) {
            customFields = fields.activeFields(CustomFieldEntity.ORDERS.code());
        }
        return customFields;
    }

    /** The custom field columns shown, in the fields' order. */
    public List<FieldView> getShownFields() {
        List<String> keys = getShownKeys();
        return getCustomFields().stream().filter(f -> keys.contains(f.key())).toList();
    }

    public List<String> getShownKeys() {
        if (shownKeys == null) {
            shownKeys = new ArrayList<>(getCustomFields().stream().limit(DEFAULT_CUSTOM_COLUMNS).map(FieldView::key).toList());
        }
        return shownKeys;
    }

    public void setShownKeys(List<String> shownKeys) {
        this.shownKeys = shownKeys == null ? new ArrayList<>() : new ArrayList<>(shownKeys);
    }

    /** How a list cell shows a custom field's value: choices joined, yes/no for booleans. */
    public String cell(Object value) {
        if (value instanceof Collection<?> choices) {
            return choices.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return value == null ? "" : value.toString();
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
