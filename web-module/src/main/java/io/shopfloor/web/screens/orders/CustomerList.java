package io.shopfloor.web.screens.orders;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.event.data.FilterEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.common.CustomFieldColumns;

/** The customers list: pages, search, sorting and custom field filters all happen in the database. */
@Named
@ViewScoped
public class CustomerList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Customers customers;

    @EJB
    CustomFields fields;

    private String text;
    private CustomFieldColumns columns;

    private final LazyDataModel<CustomerView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, customers.count(text, CustomFieldColumns.filters(filterBy)));
            } catch (InvalidInputException badFilter) {
                return 0;
            }
        }

        @Override
        public List<CustomerView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest page = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.DESCENDING);
            try {
                return customers.list(text, CustomFieldColumns.filters(filterBy), page).items();
            } catch (InvalidInputException badFilter) {
                return List.of(); // reported by checkFilters
            }
        }

        @Override
        public String getRowKey(CustomerView customer) {
            return customer.id().toString();
        }
    };

    /** The custom field columns: any active field of customers can be shown. */
    public CustomFieldColumns getColumns() {
        if (columns == null) {
            columns = new CustomFieldColumns(fields.activeFields(CustomFieldEntity.CUSTOMERS.code()));
        }
        return columns;
    }

    /** A changed column filter: what the service refuses is shown on top (the table then shows no rows). */
    public void checkFilters(FilterEvent event) {
        try {
            customers.count(text, CustomFieldColumns.filters(event.getFilterBy()));
        } catch (InvalidInputException refused) {
            CustomFieldColumns.showRefused(refused);
        }
    }

    public LazyDataModel<CustomerView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
