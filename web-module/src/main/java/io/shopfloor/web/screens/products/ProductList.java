package io.shopfloor.web.screens.products;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;


import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.ProductOptionView;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.web.common.ServiceList;

/** The products list: pages, search and sorting happen in the database. */
@Named
@ViewScoped
public class ProductList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Products products;

    private String text;
    private boolean activeOnly;

    private final ServiceList<ProductView> model = ServiceList.of(
            (page, filters) -> products.list(text, activeOnly, page), product -> product.id().toString());

    /** The active options of a product as one line, for the list. */
    public String options(ProductView product) {
        return String.join(", ", product.activeOptions().stream().map(ProductOptionView::name).toList());
    }

    public ServiceList<ProductView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isActiveOnly() {
        return activeOnly;
    }

    public void setActiveOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
    }
}
