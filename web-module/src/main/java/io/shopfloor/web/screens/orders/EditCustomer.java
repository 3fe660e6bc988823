package io.shopfloor.web.screens.orders;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.CustomerView;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.web.common.CustomFieldForm;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.RecordPage;

/** Create a customer or edit one, custom fields included. */
@Named
@ViewScoped
public class EditCustomer implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "name", "customer:name", "email", "customer:email", "phone", "customer:phone", "notes", "customer:notes");

    @EJB
    Customers customers;

    @EJB
    CustomFields fields;

    private String id;
    private CustomerView customer;
    private String name;
    private String email;
    private String phone;
    private String notes;
    private CustomFieldForm customFields;

    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            return;
        }
        RecordPage.load("notFound.customer", () -> show(customers.find(RecordPage.id(id))));
    }

    public String save() {
        CustomerDraft draft = new CustomerDraft(name, email, phone, notes, getCustomFields().entered());
        try {
            if (customer == null) {
                CustomerView created = customers.create(draft);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Texts.info("customer.created", created.name());
                return "customers?faces-redirect=true";
            }
            show(customers.update(customer.id(), customer.version(), draft));
            Texts.info("customer.saved", customer.name());
        } catch (RuntimeException e) {
            Map<String, String> inputs = new HashMap<>(INPUTS);
            inputs.putAll(getCustomFields().inputs("customer"));
            ServiceErrors.show(e, inputs);
        }
        return null;
    }

    private void show(CustomerView loaded) {
        customer = loaded;
        name = loaded.name();
        email = loaded.email();
        phone = loaded.phone();
        notes = loaded.notes();
        customFields = CustomFieldForm.forStored(fields.activeFields(CustomFieldEntity.CUSTOMERS.code()), loaded.customFields());
    }

    /** The custom field inputs: the customer's values, or the fields' defaults for a new customer. */
    public CustomFieldForm getCustomFields() {
        if (customFields == null) {
            customFields = CustomFieldForm.forNew(fields.activeFields(CustomFieldEntity.CUSTOMERS.code()));
        }
        return customFields;
    }


    public boolean isNew() {
        return customer == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
