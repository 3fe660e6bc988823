package io.shopfloor.platform.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.errors.InvalidInputException;

class AuditTrailFilterTest {

    @Test
    void everyBadFilterFieldIsReportedAtOnce() {
        AuditFilter bad = new AuditFilter("secrets", "not-an-id", null, "drop", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1));

        assertThatThrownBy(() -> AuditTrail.checked(bad))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("entityType", "entityId", "action", "to"));
    }

    @Test
    void aGoodFilterIsNormalised() {
        UUID id = UUID.randomUUID();
        AuditFilter cut = AuditTrail.checked(new AuditFilter("orders", "  " + id.toString().toUpperCase() + " ", null, "update",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)));

        assertThat(cut.entityId()).isEqualTo(id.toString());
        assertThat(AuditTrail.checked(new AuditFilter(null, " ", null, null, null, null)).entityId()).isNull();
    }
}
