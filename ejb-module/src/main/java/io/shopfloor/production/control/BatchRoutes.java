package io.shopfloor.production.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.ProductionStage;

/**
 * The way a batch takes through the production stages: the active stages in order, less those
 * none of its products needs. The one owner of "which stage comes next" and "is this the last".
 */
@Dependent
public class BatchRoutes {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    /**
     * The next stage of the batch's route after {@code stage}; a deactivated current stage still has a
     * place by its position.
     */
    public Optional<ProductionStage> nextStage(Batch batch, ProductionStage stage) {
        Comparator<ProductionStage> order = Comparator.comparingInt(ProductionStage::getPosition)
                .thenComparing(ProductionStage::getName, String.CASE_INSENSITIVE_ORDER);
        List<UUID> orderIds = em.createQuery("SELECT m.orderId FROM BatchOrder m WHERE m.batchId = :batch", UUID.class)
                .setParameter("batch", batch.getId()).getResultList();
        return route(orderIds).stream()
                .filter(s -> !s.getId().equals(stage.getId()) && order.compare(s, stage) > 0)
                .findFirst();
    }

    /**
     * The route of a batch of these orders: the active stages in order, less those no order needs.
     * An order needs a stage unless its product's estimate for it says {@code required = false}; an
     * order without a product needs every stage ("a model may skip Engraving").
     */
    public List<ProductionStage> route(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return activeStages();
        }
        @SuppressWarnings("unchecked")
        List<UUID> skipped = em.createNativeQuery("""
                        WITH products AS (
                            SELECT DISTINCT o.product_id FROM shopfloor.orders o WHERE o.id = ANY (CAST(?1 AS uuid[])))
                        SELECT e.stage_id FROM shopfloor.product_stage_estimates e
                        JOIN products p ON p.product_id = e.product_id
                        WHERE NOT e.required AND NOT EXISTS (SELECT 1 FROM products WHERE product_id IS NULL)
                        GROUP BY e.stage_id
                        HAVING count(*) = (SELECT count(*) FROM products)""")
                .setParameter(1, "{" + String.join(",", orderIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList();
        return activeStages().stream().filter(s -> !skipped.contains(s.getId())).toList();
    }

    public List<ProductionStage> activeStages() {
        return em.createQuery("SELECT s FROM ProductionStage s WHERE s.active = TRUE ORDER BY s.position, LOWER(s.name)",
                ProductionStage.class).getResultList();
    }

    /** Whether the batch is at the last stage of its route: moving on completes it. */
    public boolean isAtLastStage(Batch batch) {
        return !batch.isCompleted() && nextStage(batch, em.find(ProductionStage.class, batch.getCurrentStageId())).isEmpty();
    }
}
