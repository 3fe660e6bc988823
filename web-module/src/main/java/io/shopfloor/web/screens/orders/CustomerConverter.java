package io.shopfloor.web.screens.orders;

import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.platform.errors.NotFoundException;

import io.shopfloor.web.common.Texts;

/** A customer picked in a form travels as its id; the service re-reads it for this tenant. */
@Dependent
@FacesConverter(value = "customerConverter", managed = true)
public class CustomerConverter implements Converter<CustomerView> {

    @Inject
    Customers customers;

    @Override
    public CustomerView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return customers.find(UUID.fromString(value));
        } catch (NotFoundException | IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("order.chooseCustomerFromList"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerView customer) {
        return customer == null ? "" : customer.id().toString();
    }
}
