package io.shopfloor.web.screens.batches;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.web.common.ServiceErrors;

/** Makes a batch of pending orders, from the dialog of the batches list; then opens the new batch. */
@Named
@ViewScoped
public class NewBatch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "orderIds", "newBatch:pendingOrders", "priority", "newBatch:priority",
            "targetCompletion", "newBatch:target", "notes", "newBatch:notes");

    @EJB
    Batches batches;

    @EJB
    Orders orders;

    private PendingOrders pending;
    private BatchPriority priority = BatchPriority.STANDARD;
    private LocalDate target;
    private String notes;

    /** A fresh form each time the dialog opens: nothing ticked, standard priority. */
    public void open() {
        pending = new PendingOrders((filter, page) -> orders.list(filter, page));
        priority = BatchPriority.STANDARD;
        target = null;
        notes = null;
    }

    public String create() {
        try {
            BatchView created = batches.create(new BatchDraft(priority, target, notes), getPending().selectedIds());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Batch " + created.batchNumber() + " created with "
                    + created.orders().size() + (created.orders().size() == 1 ? " order." : " orders."), null));
            return "batch?faces-redirect=true&id=" + created.id();
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
            return null;
        }
    }

    public PendingOrders getPending() {
        if (pending == null) {
            open();
        }
        return pending;
    }

    public BatchPriority[] getPriorities() {
        return BatchPriority.values();
    }

    public BatchPriority getPriority() {
        return priority;
    }

    public void setPriority(BatchPriority priority) {
        this.priority = priority;
    }

    public LocalDate getTarget() {
        return target;
    }

    public void setTarget(LocalDate target) {
        this.target = target;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
