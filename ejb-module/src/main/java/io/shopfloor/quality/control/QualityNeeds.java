package io.shopfloor.quality.control;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.production.entity.Batch;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.quality.entity.CheckNeed;

/**
 * The checks a batch needs at its current stage, read from the database's
 * {@code quality_gate_needs}, the function its gate trigger reads too: the screens, the services
 * and the trigger cannot disagree about which checklist applies or whether it passed.
 */
@Dependent
public class QualityNeeds {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    public List<CheckNeed> of(Batch batch) {
        List<Object[]> rows = em.createNativeQuery("SELECT n.template_id, n.checklist_name, n.order_id, o.order_number, n.check_id, n.check_status"
                        + " FROM shopfloor.quality_gate_needs(?1, ?2) n"
                        + " LEFT JOIN shopfloor.orders o ON o.tenant_id = ?1 AND o.id = n.order_id")
                .setParameter(1, batch.getTenantId())
                .setParameter(2, batch.getId())
                .getResultList();
        return rows.stream().map(r -> new CheckNeed((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (UUID) r[4],
                r[5] == null ? null : QualityStatus.ofCode((String) r[5]))).toList();
    }

    /** The written override letting the batch leave its current stage, if someone wrote one. */
    public boolean overridden(Batch batch) {
        return !em.createQuery("SELECT o.id FROM GateOverride o WHERE o.batchId = :batch AND o.stageId = :stage", UUID.class)
                .setParameter("batch", batch.getId()).setParameter("stage", batch.getCurrentStageId())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
