package io.shopfloor.console.quality;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.quality.boundary.Checklists;
import io.shopfloor.quality.entity.ChecklistDraft;
import io.shopfloor.quality.entity.ChecklistScope;
import io.shopfloor.quality.entity.ChecklistStatus;
import io.shopfloor.quality.entity.ChecklistView;
import io.shopfloor.quality.entity.ItemKind;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.web.common.Reordering;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.RecordPage;

/**
 * Checklists per stage and product: write a draft with its items (reordered with the keyboard's
 * up and down), publish it, edit a published one (saved as its next version, asked first), retire
 * it, look at its older versions, discard a draft.
 */
@Named
@ViewScoped
public class ChecklistAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Checklists checklists;

    @EJB
    ProductionStages stages;

    @EJB
    Products products;

    private boolean showRetired;
    private List<ChecklistView> list;
    private List<StageView> stageChoices;
    private List<ProductView> productChoices;

    /** The version being edited; null while a new checklist is written, and no editor while {@code editing} is false. */
    private ChecklistView editingVersion;
    private boolean editing;
    private String name;
    private String stageId;
    private String productId;
    private ChecklistScope scope = ChecklistScope.BATCH;
    private List<ItemRow> items = new ArrayList<>();
    private List<ChecklistView> versions = List.of();

    public List<ChecklistView> getChecklists() {
        if (list == null) {
            list = checklists.list(showRetired, new PageRequest(0, PageRequest.MAX_LIMIT, null, false)).items();
        }
        return list;
    }

    public List<StageView> getStages() {
        if (stageChoices == null) {
            stageChoices = stages.list();
        }
        return stageChoices;
    }

    public List<ProductView> getProducts() {
        if (productChoices == null) {
            productChoices = products.active();
        }
        return productChoices;
    }

    public void newChecklist() {
        editingVersion = null;
        editing = true;
        name = null;
        stageId = getStages().isEmpty() ? null : getStages().get(0).id().toString();
        productId = null;
        scope = ChecklistScope.BATCH;
        items = new ArrayList<>(List.of(new ItemRow()));
    }

    public void edit(ChecklistView row) {
        ChecklistView full = checklists.find(row.id());
        editingVersion = full;
        editing = true;
        name = full.name();
        stageId = full.stageId().toString();
        productId = full.productId() == null ? null : full.productId().toString();
        scope = full.scope();
        items = new ArrayList<>(full.items().stream().map(i -> new ItemRow(i.toDraft())).toList());
    }

    public void cancel() {
        editing = false;
        editingVersion = null;
    }

    public void addItem() {
        items.add(new ItemRow());
    }

    public void removeItem(int index) {
        items.remove(index);
    }

    /** The keyboard's way to reorder items: up (-1) or down (+1). */
    public void moveItem(int index, int step) {
        items = new ArrayList<>(Reordering.moved(items, index, step));
    }

    public void save() {
        ChecklistDraft draft = new ChecklistDraft(name, RecordPage.idOrNull(stageId), RecordPage.idOrNull(productId), scope, items.stream().map(ItemRow::draft).toList());
        try {
            ChecklistView saved = editingVersion == null ? checklists.create(draft)
                    : checklists.update(editingVersion.id(), editingVersion.version(), draft);
            if (editingVersion != null && saved.revision() != editingVersion.revision()) {
                Texts.info("checklists.newVersion", saved.name(), saved.revision());
            } else {
                Texts.info("checklists.saved", saved.name());
            }
            editing = false;
            editingVersion = null;
            list = null;
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs());
        }
    }

    public void publish(ChecklistView row) {
        act(() -> checklists.publish(row.id(), row.version()), "checklists.published.message", row);
    }

    public void retire(ChecklistView row) {
        act(() -> checklists.retire(row.id(), row.version()), "checklists.retired", row);
    }

    public void discard(ChecklistView row) {
        act(() -> {
            checklists.discard(row.id(), row.version());
            return row;
        }, "checklists.discarded", row);
    }

    public void showVersions(ChecklistView row) {
        versions = checklists.versions(row.id());
    }

    private void act(Supplier<ChecklistView> action, String done, ChecklistView row) {
        try {
            action.get();
            Texts.info(done, row.name(), row.revision());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
        list = null;
    }

    /** Where the service's field messages go: the editor's inputs, item by item. */
    private Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>(Map.of("name", "editor:name", "stageId", "editor:stage", "productId", "editor:product",
                "items", "editor:addItem"));
        for (int i = 0; i < items.size(); i++) {
            for (String field : List.of("category", "text", "helpText", "unit", "nominalValue", "lowerLimit", "upperLimit")) {
                inputs.put("items[" + i + "]." + field, "editor:items:" + i + ":" + field);
            }
        }
        return inputs;
    }

    /** Whether saving the editor publishes a new version (the checklist being edited is published). */
    public boolean isSavesNewVersion() {
        return editingVersion != null && editingVersion.status() == ChecklistStatus.ACTIVE;
    }

    public ItemKind[] getKinds() {
        return ItemKind.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public ChecklistScope[] getScopes() {
        return ChecklistScope.values();
    }

    public boolean isShowRetired() {
        return showRetired;
    }

    public void setShowRetired(boolean showRetired) {
        this.showRetired = showRetired;
        list = null;
    }

    public boolean isEditing() {
        return editing;
    }

    public ChecklistView getEditingVersion() {
        return editingVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStageId() {
        return stageId;
    }

    public void setStageId(String stageId) {
        this.stageId = stageId;
    }

    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId;
    }

    public ChecklistScope getScope() {
        return scope;
    }

    public void setScope(ChecklistScope scope) {
        this.scope = scope;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public List<ChecklistView> getVersions() {
        return versions;
    }
}
