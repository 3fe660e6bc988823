package io.shopfloor.web.screens.orders;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.event.data.FilterEvent;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.web.common.CustomFieldColumns;
import io.shopfloor.web.common.ServiceList;

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

    private final ServiceList<CustomerView> model = ServiceList.of(
            (page, filters) -> customers.list(text, CustomFieldColumns.filters(filters), page), customer -> customer.id().toString());

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

    public ServiceList<CustomerView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
