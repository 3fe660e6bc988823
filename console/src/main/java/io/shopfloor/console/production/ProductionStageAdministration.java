package io.shopfloor.console.production;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;

import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.StageDraft;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.production.entity.StageView.RoleChoice;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.Reordering;
import io.shopfloor.web.common.ServiceErrors;

/** The production stages: add, rename, estimate, name responsible roles, reorder, deactivate. */
@Named
@ViewScoped
public class ProductionStageAdministration implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "name", "stage:name", "estimatedHours", "stage:estimatedHours", "roleIds", "stage:roles");

    @EJB
    ProductionStages stages;

    private List<StageView> list;
    private List<RoleChoice> roles;

    /** The stage being edited; null while a new one is being added. */
    private StageView editing;
    private String name;
    private BigDecimal estimatedHours;
    private List<String> roleIds = new ArrayList<>();

    public List<StageView> getStages() {
        if (list == null) {
            list = new ArrayList<>(stages.list());
        }
        return list;
    }

    public List<RoleChoice> getRoles() {
        if (roles == null) {
            roles = stages.roles();
        }
        return roles;
    }

    public void newStage() {
        editing = null;
        name = null;
        estimatedHours = null;
        roleIds = new ArrayList<>();
    }

    public void edit(StageView stage) {
        editing = stage;
        name = stage.name();
        estimatedHours = stage.estimatedHours();
        roleIds = new ArrayList<>(stage.responsibleRoleIds().stream().map(UUID::toString).toList());
    }

    public void save() {
        StageDraft draft = new StageDraft(name, estimatedHours, roleIds.stream().map(UUID::fromString).toList());
        try {
            StageView saved = editing == null ? stages.create(draft) : stages.update(editing.id(), editing.version(), draft);
            Texts.info(editing == null ? "stages.added" : "stages.saved", saved.name());
            list = null;
            PrimeFaces.current().executeScript("PF('stageDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void setActive(StageView stage, boolean active) {
        try {
            stages.setActive(stage.id(), stage.version(), active);
            Texts.info(active ? "stages.active" : "stages.deactivated", stage.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
        list = null;
    }

    /** A row dragged to a new place: the table has moved it in the list already; the order is saved at once. */
    public void reorder(ReorderEvent event) {
        saveOrder(getStages());
    }

    /** The keyboard's way: "Move up" (-1) or "Move down" (+1) on the row at {@code index}. */
    public void move(int index, int step) {
        saveOrder(Reordering.moved(getStages(), index, step));
    }

    private void saveOrder(List<StageView> order) {
        try {
            list = new ArrayList<>(stages.reorder(order.stream().map(StageView::id).toList()));
            Texts.info("stages.orderSaved");
        } catch (RuntimeException e) {
            list = null;
            ServiceErrors.show(e, Map.of());
        }
    }


    /** The responsible roles of a stage, for its row. */
    public String roleNames(StageView stage) {
        return String.join(", ", stage.responsibleRoles().stream().map(RoleChoice::name).toList());
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getEstimatedHours() {
        return estimatedHours;
    }

    public void setEstimatedHours(BigDecimal estimatedHours) {
        this.estimatedHours = estimatedHours;
    }

    public List<String> getRoleIds() {
        return roleIds;
    }

    public void setRoleIds(List<String> roleIds) {
        this.roleIds = roleIds == null ? new ArrayList<>() : new ArrayList<>(roleIds);
    }
}
