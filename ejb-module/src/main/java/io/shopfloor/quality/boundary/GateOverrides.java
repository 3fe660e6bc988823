package io.shopfloor.quality.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.Records;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.ProductionStage;
import io.shopfloor.quality.entity.GateOverride;
import io.shopfloor.quality.entity.GateOverrideView;

/**
 * Letting a batch past the gate of its current stage without a passing check: quality:override,
 * in the caller's own name, with a written reason. The override is a row (audited, shown on the
 * batch) that the gate and the database's gate trigger read; it is never taken back.
 */
@Stateless
public class GateOverrides {

    static final int MAX_REASON = 2000;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    /** The batch's overrides, oldest first. */
    @RequiresPermission("quality:read")
    public List<GateOverrideView> list(UUID batchId) {
        Records.require(em, Batch.class, batchId, "record.batch");
        return em.createQuery("SELECT o.id, o.batchId, o.stageId, s.name, o.reason, u.displayName, o.grantedAt"
                        + " FROM GateOverride o JOIN ProductionStage s ON s.id = o.stageId JOIN User u ON u.id = o.grantedBy"
                        + " WHERE o.batchId = :batch ORDER BY o.grantedAt", Object[].class)
                .setParameter("batch", batchId).getResultStream()
                .map(r -> new GateOverrideView((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (OffsetDateTime) r[6]))
                .toList();
    }

    /** Lets the batch (at the version the caller saw) leave its current stage despite the gate. */
    @RequiresPermission("quality:override")
    public GateOverrideView grant(UUID batchId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "quality.overrideReason");
        }
        if (reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "input.tooLong", 0, MAX_REASON);
        }
        Batch batch = em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null) {
            throw new NotFoundException("record.batch", batchId);
        }
        ProductionStage stage = em.find(ProductionStage.class, batch.getCurrentStageId());
        if (batch.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("batches.batchNowAt", batch.getBatchNumber(), stage.getName());
        }
        if (batch.isCompleted()) {
            throw new BusinessRuleException("batches.alreadyCompleted", batch.getBatchNumber());
        }
        boolean already = !em.createQuery("SELECT o.id FROM GateOverride o WHERE o.batchId = :batch AND o.stageId = :stage", UUID.class)
                .setParameter("batch", batchId).setParameter("stage", stage.getId()).getResultList().isEmpty();
        if (already) {
            throw new BusinessRuleException("quality.alreadyOverridden", batch.getBatchNumber(), stage.getName());
        }
        em.persist(new GateOverride(caller.tenantId(), batchId, stage.getId(), reason, caller.userId()));
        em.flush();
        return list(batchId).stream().filter(o -> o.stageId().equals(stage.getId())).findFirst().orElseThrow();
    }
}
