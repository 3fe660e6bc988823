package io.shopfloor.web.screens.products;

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

import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.ProductOptionView;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.platform.query.PageRequest;

/** The products list: pages, search and sorting happen in the database. */
@Named
@ViewScoped
public class ProductList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Products products;

    private String text;
    private boolean activeOnly;

    private final LazyDataModel<ProductView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, products.count(text, activeOnly));
        }

        @Override
        public List<ProductView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest page = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.DESCENDING);
            return products.list(text, activeOnly, page).items();
        }

        @Override
        public String getRowKey(ProductView product) {
            return product.id().toString();
        }
    };

    /** The active options of a product as one line, for the list. */
    public String options(ProductView product) {
        return String.join(", ", product.activeOptions().stream().map(ProductOptionView::name).toList());
    }

    public LazyDataModel<ProductView> getModel() {
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
