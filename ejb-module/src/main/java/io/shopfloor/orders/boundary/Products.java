package io.shopfloor.orders.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.orders.control.StageEstimates;
import io.shopfloor.orders.entity.Product;
import io.shopfloor.orders.entity.ProductDraft;
import io.shopfloor.orders.entity.ProductOption;
import io.shopfloor.orders.entity.ProductOptionView;
import io.shopfloor.orders.entity.ProductStageEstimateView;
import io.shopfloor.orders.entity.ProductView;
import io.shopfloor.orders.entity.StageChoice;
import io.shopfloor.platform.customfields.control.CustomFieldValidation;
import io.shopfloor.platform.customfields.entity.CustomFieldEntity;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.query.SearchText;
import io.shopfloor.platform.security.control.RequiresPermission;

/**
 * The caller's tenant's products, each product's options and its per-stage estimates. Products and
 * options are deactivated, never deleted: orders keep referring to them. Estimates are saved with
 * the product and count as a change of it (its version moves on).
 */
@Stateless
public class Products {

    private static final String SEARCH = "(" + SearchText.matches("p.name", "p") + " OR " + SearchText.matches("p.skuPrefix", "p") + ")";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "LOWER(p.name)",
            "skuPrefix", "p.skuPrefix",
            "basePrice", "p.basePrice",
            "createdAt", "p.createdAt");
    private static final int MAX_OPTION_NAME = 100;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @Inject
    InputValidation validation;

    @Inject
    CustomFieldValidation customFields;

    @Inject
    StageEstimates estimates;

    @RequiresPermission("products:read")
    public ProductView find(UUID id) {
        return view(load(id));
    }

    /** Products whose name or SKU prefix contains {@code text}; inactive ones too unless {@code activeOnly}. */
    @RequiresPermission("products:read")
    public Page<ProductView> list(String text, boolean activeOnly, PageRequest page) {
        String pattern = SearchText.containsPattern(text);
        String where = where(pattern, activeOnly);
        String sort = SORTABLE.getOrDefault(page.sortBy() == null ? "name" : page.sortBy(), "LOWER(p.name)");
        List<Product> products = bind(em.createQuery("SELECT p FROM Product p" + where + " ORDER BY " + sort
                + (page.descending() ? " DESC" : " ASC") + ", p.id", Product.class), pattern)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(views(products), count(text, activeOnly), page.offset(), page.limit());
    }

    @RequiresPermission("products:read")
    public long count(String text, boolean activeOnly) {
        String pattern = SearchText.containsPattern(text);
        return bind(em.createQuery("SELECT COUNT(p) FROM Product p" + where(pattern, activeOnly), Long.class), pattern).getSingleResult();
    }

    /** Every active product with its options, by name: what an order may be for. */
    @RequiresPermission("products:read")
    public List<ProductView> active() {
        List<Product> products = em.createQuery("SELECT p FROM Product p WHERE p.active = TRUE ORDER BY LOWER(p.name), p.id", Product.class)
                .getResultList();
        return views(products);
    }

    /** The organization's production stages a product's estimates may name, in order, deactivated ones too. */
    @RequiresPermission("products:read")
    public List<StageChoice> estimateStages() {
        return estimates.stages();
    }

    @RequiresPermission("products:write")
    public ProductView create(ProductDraft draft) {
        check(draft, null);
        requireFreeNameAndPrefix(draft, null);
        UUID tenantId = caller.tenantId();
        Product product = new Product(tenantId,
                draft.withCustomFields(customFields.check(CustomFieldEntity.PRODUCTS, draft.customFieldsOrEmpty())));
        em.persist(product);
        if (draft.stageEstimates() != null) {
            // the product's row first: the estimates refer to it
            em.flush();
            estimates.replace(tenantId, product.getId(), draft.stageEstimates());
        }
        return flushAndView(product);
    }

    /** Changes the product; its stage estimates become the draft's unless those are null. */
    @RequiresPermission("products:write")
    public ProductView update(UUID id, long expectedVersion, ProductDraft draft) {
        Product product = loadVersion(id, expectedVersion);
        check(draft, id);
        requireFreeNameAndPrefix(draft, id);
        product.apply(draft.withCustomFields(customFields.check(CustomFieldEntity.PRODUCTS, draft.customFieldsOrEmpty(), product.getCustomFields())));
        if (draft.stageEstimates() != null
                && estimates.replace(caller.tenantId(), id, draft.stageEstimates())) {
            // a change of estimates alone is a change of the product: a stale copy of it cannot overwrite them
            em.lock(product, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return flushAndView(product);
    }

    /** New orders can no longer choose the product; orders that have it keep it. */
    @RequiresPermission("products:write")
    public ProductView deactivate(UUID id, long expectedVersion) {
        Product product = loadVersion(id, expectedVersion);
        product.setActive(false);
        return flushAndView(product);
    }

    @RequiresPermission("products:write")
    public ProductView reactivate(UUID id, long expectedVersion) {
        Product product = loadVersion(id, expectedVersion);
        product.setActive(true);
        return flushAndView(product);
    }

    /** Adds an option at the end of the product's list. */
    @RequiresPermission("products:write")
    public ProductView addOption(UUID productId, String name) {
        Product product = load(productId);
        String checked = optionName(name);
        requireFreeOptionName(productId, checked, null);
        Integer last = em.createQuery("SELECT MAX(o.position) FROM ProductOption o WHERE o.productId = :product", Integer.class)
                .setParameter("product", productId).getSingleResult();
        em.persist(new ProductOption(caller.tenantId(), productId, checked,
                last == null ? 0 : last + 1));
        return flushAndView(product);
    }

    @RequiresPermission("products:write")
    public ProductView renameOption(UUID optionId, String name) {
        ProductOption option = loadOption(optionId);
        String checked = optionName(name);
        requireFreeOptionName(option.getProductId(), checked, optionId);
        option.rename(checked);
        return flushAndView(load(option.getProductId()));
    }

    /** New orders can no longer choose the option; orders that have it keep it. */
    @RequiresPermission("products:write")
    public ProductView deactivateOption(UUID optionId) {
        ProductOption option = loadOption(optionId);
        option.setActive(false);
        return flushAndView(load(option.getProductId()));
    }

    @RequiresPermission("products:write")
    public ProductView reactivateOption(UUID optionId) {
        ProductOption option = loadOption(optionId);
        option.setActive(true);
        return flushAndView(load(option.getProductId()));
    }

    /**
     * Renames (when {@code name} is given) and/or (de)activates (when {@code active} is given) an
     * option of the product, in one transaction: both apply or neither.
     */
    @RequiresPermission("products:write")
    public ProductView changeOption(UUID productId, UUID optionId, String name, Boolean active) {
        ProductOption option = loadOption(optionId);
        if (!option.getProductId().equals(productId)) {
            throw new NotFoundException("record.productOption", optionId);
        }
        if (name != null) {
            String checked = optionName(name);
            requireFreeOptionName(productId, checked, optionId);
            option.rename(checked);
        }
        if (active != null) {
            option.setActive(active);
        }
        return flushAndView(load(productId));
    }

    /** Puts the product's options in the given order; the list must name each of its options once. */
    @RequiresPermission("products:write")
    public ProductView reorderOptions(UUID productId, List<UUID> optionIds) {
        Product product = load(productId);
        List<ProductOption> options = em.createQuery("SELECT o FROM ProductOption o WHERE o.productId = :product ORDER BY o.id", ProductOption.class)
                .setParameter("product", productId).getResultList();
        Map<UUID, ProductOption> byId = new LinkedHashMap<>();
        options.forEach(o -> byId.put(o.getId(), o));
        List<UUID> given = optionIds == null ? List.of() : optionIds;
        if (given.size() != byId.size() || !byId.keySet().equals(new HashSet<>(given))) {
            throw InvalidInputException.of("options", "products.nameEachOption", byId.size());
        }
        for (int i = 0; i < given.size(); i++) {
            byId.get(given.get(i)).moveTo(i);
        }
        return flushAndView(product);
    }

    /** The draft's fields and its stage estimates, every wrong one reported at once. */
    private void check(ProductDraft draft, UUID productId) {
        if (draft == null) {
            validation.check(null); // says the body is missing
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        try {
            validation.check(draft);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldMessages());
        }
        errors.putAll(estimates.errors(productId, draft.stageEstimates()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String where(String pattern, boolean activeOnly) {
        List<String> conditions = new ArrayList<>();
        if (pattern != null) {
            conditions.add(SEARCH);
        }
        if (activeOnly) {
            conditions.add("p.active = TRUE");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String pattern) {
        return pattern == null ? query : query.setParameter("p", pattern);
    }

    private void requireFreeNameAndPrefix(ProductDraft draft, UUID self) {
        Map<String, Message> errors = new LinkedHashMap<>();
        List<String> sameName = em.createQuery("SELECT p FROM Product p WHERE LOWER(p.name) = :name", Product.class)
                .setParameter("name", draft.name().strip().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .filter(p -> !p.getId().equals(self)).map(Product::getName).toList();
        if (!sameName.isEmpty()) {
            errors.put("name", Message.of("products.nameTaken", sameName.get(0)));
        }
        List<String> samePrefix = em.createQuery("SELECT p FROM Product p WHERE p.skuPrefix = :prefix", Product.class)
                .setParameter("prefix", draft.normalizedSkuPrefix()).getResultStream()
                .filter(p -> !p.getId().equals(self)).map(Product::getName).toList();
        if (!samePrefix.isEmpty()) {
            errors.put("skuPrefix", Message.of("products.prefixTaken", samePrefix.get(0)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String optionName(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("optionName", "input.required");
        }
        if (name.strip().length() > MAX_OPTION_NAME) {
            throw InvalidInputException.of("optionName", "input.atMostCharacters", MAX_OPTION_NAME);
        }
        return name.strip();
    }

    private void requireFreeOptionName(UUID productId, String name, UUID self) {
        boolean taken = em.createQuery("SELECT o FROM ProductOption o WHERE o.productId = :product AND LOWER(o.name) = :name", ProductOption.class)
                .setParameter("product", productId).setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().anyMatch(o -> !o.getId().equals(self));
        if (taken) {
            throw InvalidInputException.of("optionName", "products.optionTaken", name);
        }
    }

    Product load(UUID id) {
        return Records.require(em, Product.class, id, "record.product");
    }

    private Product loadVersion(UUID id, long expectedVersion) {
        Product product = load(id);
        if (product.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("products.productNamed", product.getName());
        }
        return product;
    }

    private ProductOption loadOption(UUID id) {
        return Records.require(em, ProductOption.class, id, "record.productOption");
    }

    private Map<UUID, List<ProductOptionView>> options(List<UUID> productIds) {
        Map<UUID, List<ProductOptionView>> byProduct = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return byProduct;
        }
        em.createQuery("SELECT o FROM ProductOption o WHERE o.productId IN :ids ORDER BY o.position, LOWER(o.name), o.id", ProductOption.class)
                .setParameter("ids", productIds).getResultStream()
                .forEach(o -> byProduct.computeIfAbsent(o.getProductId(), k -> new ArrayList<>()).add(o.view()));
        return byProduct;
    }

    private ProductView flushAndView(Product product) {
        em.flush();
        em.refresh(product);
        return view(product);
    }

    private ProductView view(Product product) {
        return product.view(customFields.visible(CustomFieldEntity.PRODUCTS, product.getCustomFields()),
                options(List.of(product.getId())).getOrDefault(product.getId(), List.of()),
                estimates.of(List.of(product.getId())).getOrDefault(product.getId(), List.of()));
    }

    private List<ProductView> views(List<Product> products) {
        List<UUID> ids = products.stream().map(Product::getId).toList();
        Map<UUID, List<ProductOptionView>> options = options(ids);
        Map<UUID, List<ProductStageEstimateView>> stageEstimates = estimates.of(ids);
        Set<String> shown = customFields.activeKeys(CustomFieldEntity.PRODUCTS);
        return products.stream()
                .map(p -> p.view(CustomFieldValidation.visible(shown, p.getCustomFields()), options.getOrDefault(p.getId(), List.of()),
                        stageEstimates.getOrDefault(p.getId(), List.of())))
                .toList();
    }
}
