package io.shopfloor.web.screens.batches;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchCard;

/** The batches list, newest first, a page at a time; completed batches only when asked for. */
@Named
@ViewScoped
public class BatchList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Batches batches;

    private boolean showCompleted;

    private final LazyDataModel<BatchCard> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, batches.list(showCompleted, PageRequest.first(1)).total());
        }

        @Override
        public List<BatchCard> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return batches.list(showCompleted, new PageRequest(first, pageSize, null, false)).items();
        }

        @Override
        public String getRowKey(BatchCard batch) {
            return batch.id().toString();
        }
    };

    public LazyDataModel<BatchCard> getModel() {
        return model;
    }

    public boolean isShowCompleted() {
        return showCompleted;
    }

    public void setShowCompleted(boolean showCompleted) {
        this.showCompleted = showCompleted;
    }
}
