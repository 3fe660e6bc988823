package io.shopfloor.web.screens.quality;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import io.shopfloor.platform.audit.entity.HistoryStep;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.users.entity.UserChoice;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.quality.boundary.IssueCategories;
import io.shopfloor.quality.boundary.Issues;
import io.shopfloor.quality.entity.CategoryView;
import io.shopfloor.quality.entity.IssueDraft;
import io.shopfloor.quality.entity.IssueView;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.web.common.CustomFieldForm;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.RecordPage;

/**
 * One issue ({@code issue.xhtml?id=…}): what happened, where it stands against its due time, its
 * photos and history; its assignee or a quality manager changes and resolves it (asked first),
 * a quality manager assigns and reopens it. {@code issue.xhtml?batch=…} reports a new issue on a
 * batch at its current stage, as the signed-in worker.
 */
@Named
@ViewScoped
public class EditIssue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("categoryId", "issue:category", "severity", "issue:severity",
            "title", "issue:title", "description", "issue:description", "orderId", "issue:order", "batchId", "issue:title",
            "assignedTo", "assign:assignee", "rootCause", "resolve:rootCause", "resolution", "resolve:resolution");

    @EJB
    Issues issues;

    @EJB
    IssueCategories categories;

    @EJB
    Batches batches;

    @EJB
    CustomFields fields;

    @Inject
    Me me;

    private String id;
    private String batchParam;
    private IssueView issue;
    private BatchView batch;
    private List<CategoryView> categoryChoices;
    private List<UserChoice> assignees;
    private CustomFieldForm customFields;

    private String categoryId;
    private Severity severity;
    private String title;
    private String description;
    private String orderId;
    private String assigneeId;
    private String rootCause;
    private String resolution;

    /** Runs on page load: the issue of the id, or a new one on the batch; otherwise "not found". */
    public void load() throws IOException {
        RecordPage.load("notFound.issue", () -> {
            if (id != null && !id.isBlank()) {
                show(issues.find(RecordPage.id(id)));
            } else {
                batch = batches.find(RecordPage.id(batchParam));
                customFields = CustomFieldForm.forNew(fields.activeFields(CustomFieldEntity.ISSUES.code()));
            }
        });
    }

    /** Reports the new issue as the caller and goes to its page. */
    public String report() {
        try {
            IssueView reported = issues.report(new IssueDraft(batch.id(), RecordPage.idOrNull(orderId), batch.stageId(), RecordPage.idOrNull(categoryId), severity,
                    title, description, null, customFields.entered()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Texts.info("issue.reported", reported.issueNumber());
            return "issue?faces-redirect=true&id=" + reported.id();
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
            return null;
        }
    }

    /** Saves the changed title, description, category, severity and custom fields. */
    public void save() {
        try {
            IssueDraft draft = issue.toDraft();
            show(issues.update(issue.id(), issue.version(), new IssueDraft(draft.batchId(), draft.orderId(), draft.stageId(),
                    RecordPage.idOrNull(categoryId), severity, title, description, draft.assignedTo(), customFields.entered())));
            Texts.info("issue.saved", issue.issueNumber());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    public void assign() {
        try {
            show(issues.assign(issue.id(), issue.version(), RecordPage.idOrNull(assigneeId)));
            Texts.info("issue.assigned", issue.issueNumber(), issue.assignedToName() == null ? Texts.get("issues.unassigned") : issue.assignedToName());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    public void resolve() {
        try {
            show(issues.resolve(issue.id(), issue.version(), rootCause, resolution));
            Texts.info("issue.resolvedMessage", issue.issueNumber());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    public void reopen() {
        try {
            show(issues.reopen(issue.id(), issue.version()));
            Texts.info("issue.reopened", issue.issueNumber());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            issues.attach(issue.id(), event.getFile().getFileName(), event.getFile().getContent());
            show(issues.find(issue.id()));
            Texts.info("check.photoAdded", event.getFile().getFileName());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    private void show(IssueView shown) {
        issue = shown;
        categoryId = shown.categoryId().toString();
        severity = shown.severity();
        title = shown.title();
        description = shown.description();
        assigneeId = shown.assignedTo() == null ? null : shown.assignedTo().toString();
        rootCause = shown.rootCause();
        resolution = shown.resolution();
        customFields = CustomFieldForm.forStored(fields.activeFields(CustomFieldEntity.ISSUES.code()), shown.customFields());
    }

    private Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>(INPUTS);
        inputs.putAll(customFields.inputs("issue"));
        return inputs;
    }

    /** Whether the caller may change and resolve this issue: its assignee, or a quality manager. */
    public boolean isWorkable() {
        return issue != null && !issue.resolved() && me.can("quality:work")
                && (me.getUser().userId().equals(issue.assignedTo()) || me.can("quality:write"));
    }

    public boolean isManager() {
        return me.can("quality:write");
    }

    /** Whether the caller may add photos: its reporter, its assignee, or a quality manager. */
    public boolean isMayAttach() {
        UUID mine = me.getUser().userId();
        return issue != null && me.can("quality:work")
                && (mine.equals(issue.reportedBy()) || mine.equals(issue.assignedTo()) || me.can("quality:write"));
    }

    public boolean isNew() {
        return issue == null;
    }

    public List<HistoryStep> getHistory() {
        return issue == null ? List.of() : issues.history(issue.id());
    }

    public List<CategoryView> getCategories() {
        if (categoryChoices == null) {
            // Active categories, and the issue's own even if deactivated since.
            categoryChoices = categories.list(true).stream()
                    .filter(c -> c.active() || issue != null && c.id().equals(issue.categoryId())).toList();
        }
        return categoryChoices;
    }

    public List<UserChoice> getAssignees() {
        if (assignees == null) {
            assignees = issues.assignees();
        }
        return assignees;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getBatch() {
        return batchParam;
    }

    public void setBatch(String batch) {
        this.batchParam = batch;
    }

    public IssueView getIssue() {
        return issue;
    }

    public BatchView getBatchView() {
        return batch;
    }

    public CustomFieldForm getCustomFields() {
        return customFields;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(String assigneeId) {
        this.assigneeId = assigneeId;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
