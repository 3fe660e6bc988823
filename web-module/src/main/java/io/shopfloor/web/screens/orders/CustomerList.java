package io.shopfloor.web.screens.orders;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;

@Named
@ViewScoped
public class CustomerList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Customers customers;

    private String text;

    private final LazyDataModel<CustomerView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, customers.count(text));
        }

        @Override
        public List<CustomerView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            Page<CustomerView> page = customers.list(text, new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.DESCENDING));
            return page.items();
        }

        @Override
        public String getRowKey(CustomerView customer) {
            return customer.id().toString();
        }
    };

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
