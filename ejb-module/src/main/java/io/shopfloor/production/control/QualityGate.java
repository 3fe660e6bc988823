package io.shopfloor.production.control;

import jakarta.enterprise.context.Dependent;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.production.entity.QualityStatus;

/**
 * The one place that decides whether a batch may leave a stage on quality grounds. Every move of a
 * batch (advance on the board, a worker completing the stage's work, REST) passes here first.
 *
 * <p>Today the rule is the batch's quality status: a batch on hold stays where it is. The quality
 * module adds its checklist rule here: "a batch cannot leave a stage whose checklist has no
 * passing check".
 */
@Dependent
public class QualityGate {

    /** Throws {@link BusinessRuleException} when the batch must stay. */
    public void checkMayLeave(Batch batch, ProductionStage stage) {
        if (batch.getQualityStatus() == QualityStatus.HOLD) {
            throw new BusinessRuleException("production.onHold", batch.getBatchNumber(), stage.getName());
        }
    }
}
