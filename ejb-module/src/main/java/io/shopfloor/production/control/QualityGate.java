package io.shopfloor.production.control;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.quality.control.QualityNeeds;
import io.shopfloor.quality.entity.CheckNeed;

/**
 * The one place that decides whether a batch may leave a stage on quality grounds. Every move of a
 * batch (advance on the board, a worker completing the stage's work, REST) passes here first, and
 * the database's gate trigger holds the same rule for any other path: a written override (by
 * someone with quality:override) lets it go; otherwise a batch on hold stays, and so does a batch
 * whose stage's applicable checklists do not each have a passing newest check.
 */
@Dependent
public class QualityGate {

    @Inject
    QualityNeeds needs;

    /** Throws {@link BusinessRuleException} naming what is missing when the batch must stay. */
    public void checkMayLeave(Batch batch, ProductionStage stage) {
        if (needs.overridden(batch)) {
            return;
        }
        if (batch.getQualityStatus() == QualityStatus.HOLD) {
            throw new BusinessRuleException("production.onHold", batch.getBatchNumber(), stage.getName());
        }
        List<CheckNeed> missing = needs.of(batch).stream().filter(need -> !need.passing()).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("quality.gateNoPassingCheck", batch.getBatchNumber(), stage.getName(),
                    missing.stream().map(CheckNeed::label).collect(Collectors.joining(", ")));
        }
    }
}
