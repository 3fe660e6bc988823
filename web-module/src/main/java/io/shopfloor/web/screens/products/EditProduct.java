package io.shopfloor.web.screens.products;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.ProductComplexity;
import io.shopfloor.orders.entity.ProductDraft;
import io.shopfloor.orders.entity.ProductOptionView;
import io.shopfloor.orders.entity.ProductStageEstimateDraft;
import io.shopfloor.orders.entity.ProductStageEstimateView;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.orders.entity.StageChoice;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.web.common.CustomFieldForm;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.RecordPage;

/**
 * Create a product, or edit one and its options (add, rename, deactivate, reactivate). The stage
 * estimates are saved with the product: a row per active stage and per deactivated stage the
 * product has an estimate for, in display order.
 */
@Named
@ViewScoped
public class EditProduct implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "name", "product:name", "skuPrefix", "product:skuPrefix", "complexity", "product:complexity",
            "baseHours", "product:baseHours", "basePrice", "product:basePrice", "optionName", "options:newOption");

    @EJB
    Products products;

    @EJB
    CustomFields fields;

    private String id;
    private ProductView product;

    private String name;
    private String skuPrefix;
    private ProductComplexity complexity = ProductComplexity.MEDIUM;
    private BigDecimal baseHours;
    private BigDecimal basePrice;
    private CustomFieldForm customFields;

    private List<StageEstimateRow> estimateRows;

    private String newOption;
    /** The names typed into the options table, by option id. */
    private final Map<String, String> optionNames = new LinkedHashMap<>();

    /** Runs on page load: an id opens that product; none starts a new one. */
    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            return;
        }
        RecordPage.load("notFound.product", () -> show(products.find(RecordPage.id(id))));
    }

    public String save() {
        Map<String, String> inputs = new HashMap<>(INPUTS);
        inputs.putAll(getCustomFields().inputs("product"));
        List<ProductStageEstimateDraft> estimates = new ArrayList<>();
        List<StageEstimateRow> rows = getEstimateRows();
        for (int row = 0; row < rows.size(); row++) {
            StageEstimateRow r = rows.get(row);
            String hoursInput = "product:estimates:" + row + ":hours";
            if (r.getHours() == null && !r.isRequired()) {
                // an unticked box alone would be lost: there is no estimate to keep it on
                FacesContext.getCurrentInstance().validationFailed();
                FacesContext.getCurrentInstance().addMessage(hoursInput, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.get("product.hoursForNotRequired", r.getStageName()), null));
                return null;
            }
            if (r.getHours() != null) {
                String field = "stageEstimates[" + estimates.size() + "]";
                inputs.put(field, hoursInput);
                inputs.put(field + ".stageId", hoursInput);
                inputs.put(field + ".hours", hoursInput);
                estimates.add(new ProductStageEstimateDraft(r.getStageId(), r.getHours(), estimates.size(), r.isRequired()));
            }
        }
        ProductDraft draft = new ProductDraft(name, skuPrefix, complexity, baseHours, basePrice, getCustomFields().entered(), estimates);
        try {
            if (product == null) {
                ProductView created = products.create(draft);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Texts.info("product.created", created.name());
                return "product?faces-redirect=true&id=" + created.id();
            }
            show(products.update(product.id(), product.version(), draft));
            Texts.info("product.saved", product.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, inputs);
        }
        return null;
    }

    /** Moves an estimate's row up ({@code by} -1) or down (1) in the display order; saved with the product. */
    public void moveEstimate(int row, int by) {
        List<StageEstimateRow> rows = getEstimateRows();
        int target = row + by;
        if (row >= 0 && row < rows.size() && target >= 0 && target < rows.size()) {
            Collections.swap(rows, row, target);
        }
    }

    public void toggleActive() {
        try {
            show(product.active() ? products.deactivate(product.id(), product.version()) : products.reactivate(product.id(), product.version()));
            Texts.info(product.active() ? "product.offeredAgain" : "product.deactivated", product.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void addOption() {
        try {
            show(products.addOption(product.id(), newOption));
            Texts.info("product.optionAdded", newOption.strip());
            newOption = null;
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void renameOption(ProductOptionView option) {
        try {
            show(products.renameOption(option.id(), optionNames.get(option.id().toString())));
            Texts.info("product.optionRenamed");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    public void toggleOption(ProductOptionView option) {
        try {
            show(option.active() ? products.deactivateOption(option.id()) : products.reactivateOption(option.id()));
            Texts.info(option.active() ? "product.optionDeactivated" : "product.optionOfferedAgain", option.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    private void show(ProductView loaded) {
        product = loaded;
        name = loaded.name();
        skuPrefix = loaded.skuPrefix();
        complexity = loaded.complexity();
        baseHours = loaded.baseHours();
        basePrice = loaded.basePrice();
        customFields = CustomFieldForm.forStored(fields.activeFields(CustomFieldEntity.PRODUCTS.code()), loaded.customFields());
        optionNames.clear();
        loaded.options().forEach(o -> optionNames.put(o.id().toString(), o.name()));
        estimateRows = rows(loaded.stageEstimates());
    }

    /** The product's estimates in their order, then the active stages it has none for, in the stages' order. */
    private List<StageEstimateRow> rows(List<ProductStageEstimateView> estimates) {
        List<StageEstimateRow> rows = new ArrayList<>();
        Set<UUID> estimated = new HashSet<>();
        for (ProductStageEstimateView e : estimates) {
            rows.add(new StageEstimateRow(e.stageId(), e.stageName(), e.stageActive(), e.hours(), e.required()));
            estimated.add(e.stageId());
        }
        for (StageChoice stage : products.estimateStages()) {
            if (stage.active() && !estimated.contains(stage.id())) {
                rows.add(new StageEstimateRow(stage.id(), stage.name(), true, null, true));
            }
        }
        return rows;
    }

    /** The rows of the stage estimates table: the product's, or every active stage's for a new product. */
    public List<StageEstimateRow> getEstimateRows() {
        if (estimateRows == null) {
            estimateRows = rows(List.of());
        }
        return estimateRows;
    }

    /** The hours entered in the estimates table, together. */
    public BigDecimal getEstimatedTotal() {
        return getEstimateRows().stream().map(StageEstimateRow::getHours).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The custom field inputs: the product's values, or the fields' defaults for a new product. */
    public CustomFieldForm getCustomFields() {
        if (customFields == null) {
            customFields = CustomFieldForm.forNew(fields.activeFields(CustomFieldEntity.PRODUCTS.code()));
        }
        return customFields;
    }


    public boolean isNew() {
        return product == null;
    }

    public ProductComplexity[] getComplexities() {
        return ProductComplexity.values();
    }

    public Map<String, String> getOptionNames() {
        return optionNames;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProductView getProduct() {
        return product;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSkuPrefix() {
        return skuPrefix;
    }

    public void setSkuPrefix(String skuPrefix) {
        this.skuPrefix = skuPrefix;
    }

    public ProductComplexity getComplexity() {
        return complexity;
    }

    public void setComplexity(ProductComplexity complexity) {
        this.complexity = complexity;
    }

    public BigDecimal getBaseHours() {
        return baseHours;
    }

    public void setBaseHours(BigDecimal baseHours) {
        this.baseHours = baseHours;
    }

    public BigDecimal getBasePrice() {
        return basePrice;
    }

    public void setBasePrice(BigDecimal basePrice) {
        this.basePrice = basePrice;
    }

    public String getNewOption() {
        return newOption;
    }

    public void setNewOption(String newOption) {
        this.newOption = newOption;
    }
}
