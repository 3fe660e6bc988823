package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An override of the gate as the batch shows it: at which stage, why, by whom, when. */
public record GateOverrideView(UUID id, UUID batchId, UUID stageId, String stageName, String reason, String grantedByName,
        OffsetDateTime grantedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
