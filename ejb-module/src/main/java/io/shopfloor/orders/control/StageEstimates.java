package io.shopfloor.orders.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.orders.entity.ProductStageEstimate;
import io.shopfloor.orders.entity.ProductStageEstimateDraft;
import io.shopfloor.orders.entity.ProductStageEstimateView;
import io.shopfloor.orders.entity.StageChoice;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.production.entity.ProductionStage;

/**
 * A product's per-stage estimates: checking the list a user gives against the organization's
 * production stages, replacing the product's estimates with it, and reading them for views.
 */
@Dependent
public class StageEstimates {

    public static final BigDecimal MAX_HOURS = new BigDecimal("10000");
    public static final String FIELD = "stageEstimates";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    /** Every production stage of the organization in the stages' order, deactivated ones included. */
    public List<StageChoice> stages() {
        return em.createQuery("SELECT s FROM ProductionStage s ORDER BY s.position, LOWER(s.name), s.id", ProductionStage.class)
                .getResultStream().map(s -> new StageChoice(s.getId(), s.getName(), s.isActive())).toList();
    }

    /**
     * What is wrong with {@code given} as the estimates of a product ({@code productId} null for a
     * new one), by field ({@code stageEstimates[2].hours}); empty when nothing is. Null checks nothing.
     */
    public Map<String, Message> errors(UUID productId, List<ProductStageEstimateDraft> given) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (given == null) {
            return errors;
        }
        Map<UUID, ProductionStage> stages = em.createQuery("SELECT s FROM ProductionStage s", ProductionStage.class)
                .getResultStream().collect(Collectors.toMap(ProductionStage::getId, Function.identity()));
        Set<UUID> estimated = productId == null ? Set.of() : existing(productId).keySet();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = FIELD + "[" + i + "]";
            ProductStageEstimateDraft entry = given.get(i);
            if (entry == null) {
                errors.put(field, Message.of("products.emptyEstimate"));
                continue;
            }
            ProductionStage stage = entry.stageId() == null ? null : stages.get(entry.stageId());
            if (entry.stageId() == null) {
                errors.put(field + ".stageId", Message.of("input.required"));
            } else if (stage == null) {
                errors.put(field + ".stageId", Message.of("products.notAStage", entry.stageId().toString()));
            } else if (!seen.add(stage.getId())) {
                errors.put(field + ".stageId", Message.of("products.stageTwice", stage.getName()));
            } else if (!stage.isActive() && !estimated.contains(stage.getId())) {
                errors.put(field + ".stageId", Message.of("products.stageDeactivated", stage.getName()));
            }
            Message wrongHours = hoursError(entry.hours());
            if (wrongHours != null) {
                errors.put(field + ".hours", stage == null ? Message.of("products.hours", wrongHours)
                        : Message.of("products.hoursFor", stage.getName(), wrongHours));
            }
        }
        return errors;
    }

    /**
     * Replaces the product's estimates with {@code given}, checked by {@link #errors}: estimates of
     * stages given are changed in place, new ones added, the others removed. True when anything changed.
     */
    public boolean replace(UUID tenantId, UUID productId, List<ProductStageEstimateDraft> given) {
        Map<UUID, ProductStageEstimate> existing = existing(productId);
        // a stable sort: estimates without a position, or with the same one, keep the order given
        List<ProductStageEstimateDraft> ordered = given.stream()
                .sorted(Comparator.comparing(ProductStageEstimateDraft::position, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        boolean changed = false;
        Set<UUID> kept = new HashSet<>();
        for (int position = 0; position < ordered.size(); position++) {
            ProductStageEstimateDraft entry = ordered.get(position);
            kept.add(entry.stageId());
            ProductStageEstimate estimate = existing.get(entry.stageId());
            if (estimate == null) {
                em.persist(new ProductStageEstimate(tenantId, productId, entry.stageId(), entry.hours(), position,
                        entry.requiredOrDefault()));
                changed = true;
            } else {
                changed |= estimate.change(entry.hours(), position, entry.requiredOrDefault());
            }
        }
        for (ProductStageEstimate estimate : existing.values()) {
            if (!kept.contains(estimate.getStageId())) {
                em.remove(estimate);
                changed = true;
            }
        }
        return changed;
    }

    /** The estimates of each of the products in display order, with their stages' names. */
    public Map<UUID, List<ProductStageEstimateView>> of(List<UUID> productIds) {
        Map<UUID, List<ProductStageEstimateView>> byProduct = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return byProduct;
        }
        em.createQuery("SELECT e, s FROM ProductStageEstimate e, ProductionStage s WHERE s.id = e.stageId AND e.productId IN :ids"
                        + " ORDER BY e.position, s.position, s.id", Object[].class)
                .setParameter("ids", productIds).getResultStream()
                .forEach(row -> {
                    ProductStageEstimate estimate = (ProductStageEstimate) row[0];
                    ProductionStage stage = (ProductionStage) row[1];
                    byProduct.computeIfAbsent(estimate.getProductId(), k -> new ArrayList<>())
                            .add(estimate.view(stage.getName(), stage.isActive()));
                });
        return byProduct;
    }

    private Map<UUID, ProductStageEstimate> existing(UUID productId) {
        return em.createQuery("SELECT e FROM ProductStageEstimate e WHERE e.productId = :product", ProductStageEstimate.class)
                .setParameter("product", productId).getResultStream()
                .collect(Collectors.toMap(ProductStageEstimate::getStageId, Function.identity()));
    }

    private static Message hoursError(BigDecimal hours) {
        if (hours == null) {
            return Message.of("products.hoursRequired");
        }
        if (hours.signum() < 0) {
            return Message.of("input.notNegative");
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            return Message.of("input.atMost", MAX_HOURS.toPlainString());
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            return Message.of("products.hoursDecimals");
        }
        return null;
    }
}
