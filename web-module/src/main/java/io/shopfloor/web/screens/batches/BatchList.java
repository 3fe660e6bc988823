package io.shopfloor.web.screens.batches;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;


import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchCard;
import io.shopfloor.web.common.ServiceList;

/** The batches list, newest first, a page at a time; completed batches only when asked for. */
@Named
@ViewScoped
public class BatchList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Batches batches;

    private boolean showCompleted;

    private final ServiceList<BatchCard> model = ServiceList.of(
            (page, filters) -> batches.list(showCompleted, page), batch -> batch.id().toString());

    public ServiceList<BatchCard> getModel() {
        return model;
    }

    public boolean isShowCompleted() {
        return showCompleted;
    }

    public void setShowCompleted(boolean showCompleted) {
        this.showCompleted = showCompleted;
    }
}
