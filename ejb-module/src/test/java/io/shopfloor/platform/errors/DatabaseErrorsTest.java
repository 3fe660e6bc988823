package io.shopfloor.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.security.control.PermissionDeniedException;

class DatabaseErrorsTest {

    @Test
    void aStaleVersionIsAConcurrentEdit() {
        assertThat(DatabaseErrors.translate(new OptimisticLockException("stale"))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void refusalsOfTheDatabaseBecomeMessagesByTheirSqlState() {
        assertThat(DatabaseErrors.translate(failure("23505", "ERROR: duplicate key value violates unique constraint \"x\"")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already exists");
        assertThat(DatabaseErrors.translate(failure("23514", "ERROR: The built-in role \"admin\" cannot be deleted\n  Where: PL/pgSQL")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The data breaks a rule and was not saved: The built-in role \"admin\" cannot be deleted");
        assertThat(DatabaseErrors.translate(failure("42501", "ERROR: new row violates row-level security policy")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageNotContaining("row-level");
    }

    @Test
    void anythingElseStaysAServerError() {
        PersistenceException unknown = failure("08006", "connection failure");
        assertThat(DatabaseErrors.translate(unknown)).isSameAs(unknown);
        PersistenceException noSql = new PersistenceException("no cause");
        assertThat(DatabaseErrors.translate(noSql)).isSameAs(noSql);
    }

    private static PersistenceException failure(String sqlState, String message) {
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException(new SQLException(message, sqlState)));
    }
}
