package io.shopfloor.web.screens.quality;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.quality.boundary.IssueCategories;
import io.shopfloor.quality.boundary.Issues;
import io.shopfloor.quality.entity.CategoryView;
import io.shopfloor.quality.entity.IssueFilter;
import io.shopfloor.quality.entity.IssueSummary;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.web.common.ServiceList;
import io.shopfloor.web.common.RecordPage;

/**
 * The issues list ({@code issues.xhtml}), newest first, a page at a time from the database: open
 * only unless asked otherwise, and filtered by mine, overdue, category, stage, severity; a batch or
 * an order named in the address ({@code ?batch=}, {@code ?order=}) narrows it to that record.
 */
@Named
@ViewScoped
public class IssueList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Issues issues;

    @EJB
    IssueCategories categories;

    @EJB
    ProductionStages stages;

    private boolean openOnly = true;
    private boolean mine;
    private boolean overdue;
    private String categoryId;
    private String stageId;
    private Severity severity;
    private String batchId;
    private String orderId;
    private List<CategoryView> categoryChoices;
    private List<StageView> stageChoices;

    private final ServiceList<IssueSummary> model = ServiceList.of((page, filters) -> issues.list(filter(), page),
            issue -> issue.id().toString());

    IssueFilter filter() {
        return new IssueFilter(openOnly, mine, overdue, RecordPage.filterId(categoryId), RecordPage.filterId(stageId), severity, RecordPage.filterId(batchId), RecordPage.filterId(orderId));
    }

    /** An id from the address or a menu; one that is not an id matches nothing rather than everything. */
    public ServiceList<IssueSummary> getModel() {
        return model;
    }

    public List<CategoryView> getCategories() {
        if (categoryChoices == null) {
            categoryChoices = categories.list(true);
        }
        return categoryChoices;
    }

    public List<StageView> getStages() {
        if (stageChoices == null) {
            stageChoices = stages.list();
        }
        return stageChoices;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public String getStageId() {
        return stageId;
    }

    public void setStageId(String stageId) {
        this.stageId = stageId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getBatchId() {
        return batchId;
    }

    public void setBatchId(String batchId) {
        this.batchId = batchId;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }
}
