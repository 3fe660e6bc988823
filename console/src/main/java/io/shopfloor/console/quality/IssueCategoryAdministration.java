package io.shopfloor.console.quality;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import io.shopfloor.quality.boundary.IssueCategories;
import io.shopfloor.quality.entity.CategoryDraft;
import io.shopfloor.quality.entity.CategoryView;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;

/** Issue categories: add, change (name, description, default severity, SLA hours), deactivate and reactivate. */
@Named
@ViewScoped
public class IssueCategoryAdministration implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("name", "category:name", "description", "category:description",
            "defaultSeverity", "category:severity", "slaHours", "category:slaHours");

    @EJB
    IssueCategories categories;

    private List<CategoryView> list;
    /** The category being edited; null while a new one is being added. */
    private CategoryView editing;
    private String name;
    private String description;
    private Severity severity = Severity.WARNING;
    private Integer slaHours = 24;

    public List<CategoryView> getCategories() {
        if (list == null) {
            list = categories.list(true);
        }
        return list;
    }

    public void newCategory() {
        editing = null;
        name = null;
        description = null;
        severity = Severity.WARNING;
        slaHours = 24;
    }

    public void edit(CategoryView category) {
        editing = category;
        name = category.name();
        description = category.description();
        severity = category.defaultSeverity();
        slaHours = category.slaHours();
    }

    public void save() {
        CategoryDraft draft = new CategoryDraft(name, description, severity, slaHours == null ? 0 : slaHours);
        try {
            CategoryView saved = editing == null ? categories.create(draft) : categories.update(editing.id(), editing.version(), draft);
            Texts.info(editing == null ? "categories.added" : "categories.saved", saved.name());
            list = null;
            PrimeFaces.current().executeScript("PF('categoryDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void setActive(CategoryView category, boolean active) {
        try {
            categories.setActive(category.id(), category.version(), active);
            Texts.info(active ? "categories.reactivated" : "categories.deactivated", category.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
        list = null;
    }

    public Severity[] getSeverities() {
        return Severity.values();
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Integer getSlaHours() {
        return slaHours;
    }

    public void setSlaHours(Integer slaHours) {
        this.slaHours = slaHours;
    }
}
